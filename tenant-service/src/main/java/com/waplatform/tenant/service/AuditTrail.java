package com.waplatform.tenant.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.tenant.domain.AuditEntry;
import com.waplatform.tenant.repository.AuditRepository;
import com.waplatform.web.Actor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Records administrative actions in the caller's transaction: recorded if and only if the action commits. */
@ApplicationScoped
public class AuditTrail {

    private final AuditRepository entries;
    private final ObjectMapper objectMapper;

    public AuditTrail(AuditRepository entries, ObjectMapper objectMapper) {
        this.entries = entries;
        this.objectMapper = objectMapper;
    }

    public Uni<Void> record(Actor actor, String tenantId, String action, String target, Map<String, ?> summary) {
        AuditEntry entry = new AuditEntry();
        entry.tenantId = tenantId;
        entry.actorId = actor.id();
        entry.actorName = actor.name();
        entry.action = action;
        entry.target = target;
        entry.requestId = actor.requestId();
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            entry.summary = summary == null || summary.isEmpty() ? null : objectMapper.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return entries.persist(entry).replaceWithVoid();
    }
}
