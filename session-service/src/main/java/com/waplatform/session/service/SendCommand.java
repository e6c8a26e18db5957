package com.waplatform.session.service;

import java.util.UUID;

/** A request to send one text message through one of the tenant's connections. */
public record SendCommand(UUID messageId, String tenantId, UUID connectionId, String to, String text) {
}
