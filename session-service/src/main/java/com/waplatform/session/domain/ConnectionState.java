package com.waplatform.session.domain;

public enum ConnectionState {
    CREATED, QR_PENDING, CONNECTING, OPEN, CLOSED, FAILED, DISABLED
}
