package com.waplatform.session.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.waplatform.session.domain.Connection;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A connection as shown to its tenant: never a credential; the verify token only to the admin who created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionView(UUID id, String type, String name, String phoneNumberId, String businessAccountId,
        String displayPhoneNumber, String state, String stateReason, boolean enabled, String webhookUrl,
        String verifyToken, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ConnectionView of(Connection c, String webhookUrl, String verifyToken) {
        return new ConnectionView(c.id, c.type.name(), c.name, c.phoneNumberId, c.businessAccountId,
                c.displayPhoneNumber, c.state.name(), c.stateReason, c.enabled, webhookUrl, verifyToken, c.createdAt,
                c.updatedAt);
    }
}
