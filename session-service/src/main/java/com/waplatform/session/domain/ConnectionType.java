package com.waplatform.session.domain;

public enum ConnectionType {
    /** Evolution API instance (WhatsApp Web), connected by scanning a QR code. */
    EVOLUTION,
    /** The official Meta WhatsApp Cloud API with the tenant's own credentials. */
    CLOUD_API
}
