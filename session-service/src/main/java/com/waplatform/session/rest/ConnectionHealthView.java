package com.waplatform.session.rest;

import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.service.ConnectionHealth.Health;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the tenant's connections over the period asked for. */
public record ConnectionHealthView(@Schema(required = true) UUID connectionId, @Schema(required = true) String name,
        @Schema(required = true) ConnectionType type,
        @Schema(required = true, description = "Its state now") ConnectionState state,
        @Schema(required = true, description = "Seconds spent in each state within the period (none after now)")
        PerState secondsByState,
        @Schema(required = true, description = "How often it went from OPEN to CLOSED or FAILED within the period")
        long disconnections) {

    static ConnectionHealthView of(Health health) {
        var c = health.connection();
        return new ConnectionHealthView(c.id, c.name, c.type, c.state, PerState.of(health.secondsByState()),
                health.disconnections());
    }
}
