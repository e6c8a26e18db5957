package com.waplatform.session.rest;

import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.service.ConnectionHealth.Health;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's number as platform staff see it: its settings and health, never a credential or secret. */
public record PlatformConnectionView(@Schema(required = true) UUID id, @Schema(required = true) String name,
        @Schema(required = true) ConnectionType type, @Schema(required = true) ConnectionState state,
        @Schema(nullable = true) String stateReason, @Schema(required = true) boolean enabled,
        @Schema(nullable = true, description = "The number as WhatsApp shows it, once known") String phoneNumber,
        @Schema(required = true, description = "Times it went from OPEN to CLOSED or FAILED in the last 7 days")
        long disconnectionsLast7Days) {

    static PlatformConnectionView of(Health health) {
        var c = health.connection();
        return new PlatformConnectionView(c.id, c.name, c.type, c.state, c.stateReason, c.enabled,
                c.displayPhoneNumber, health.disconnections());
    }
}
