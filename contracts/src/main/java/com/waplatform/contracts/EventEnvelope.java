package com.waplatform.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The value of every Kafka record on the platform's topics. The record key is always {@link #tenantId()}.
 *
 * @param eventId       unique id of this event; consumers use it (or a business id inside the payload) to dedupe
 * @param type          one of {@link EventTypes}
 * @param tenantId      the tenant the event belongs to
 * @param occurredAt    when it happened
 * @param connectionId  the WhatsApp connection involved, if any
 * @param schemaVersion version of the payload's shape for this type
 * @param payload       type-specific body
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        UUID eventId,
        String type,
        String tenantId,
        Instant occurredAt,
        String connectionId,
        int schemaVersion,
        JsonNode payload) {

    public static final int CURRENT_SCHEMA_VERSION = 1;

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static EventEnvelope of(String type, String tenantId, String connectionId, JsonNode payload) {
        return new EventEnvelope(UUID.randomUUID(), type, tenantId, Instant.now(), connectionId,
                CURRENT_SCHEMA_VERSION, payload);
    }
}
