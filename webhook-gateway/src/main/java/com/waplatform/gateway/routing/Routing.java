package com.waplatform.gateway.routing;

import java.util.UUID;

/** Which tenant a connection belongs to and how its webhooks are verified (from session-service). */
public record Routing(UUID connectionId, String tenantId, String type, boolean enabled, String phoneNumberId,
        String appSecret, String verifyToken, String instanceName, String webhookSecret) {

    @Override
    public String toString() {
        return "Routing[connectionId=" + connectionId + ", tenantId=" + tenantId + ", type=" + type + "]";
    }
}
