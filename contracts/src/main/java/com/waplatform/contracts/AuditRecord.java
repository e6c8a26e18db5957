package com.waplatform.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The payload of {@code audit.recorded}: one administrative action, from whichever service performed it. The
 * envelope's tenant id is the tenant it concerns ({@link #PLATFORM} for platform-wide actions).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditRecord(String actorId, String actorName, String action, String target, String requestId,
        JsonNode summary, Instant at) {

    public static final String PLATFORM = "platform";
}
