package com.waplatform.tenant.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.AuditRecord;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.tenant.domain.AuditEntry;
import com.waplatform.tenant.repository.AuditRepository;
import com.waplatform.web.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
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
    private final TenantScope scope;

    public AuditTrail(AuditRepository entries, ObjectMapper objectMapper, TenantScope scope) {
        this.entries = entries;
        this.objectMapper = objectMapper;
        this.scope = scope;
    }

    /** Records in a transaction of its own, in the tenant's scope (for actions outside the database). */
    @WithTransaction
    public Uni<Void> recordInTenant(Actor actor, String tenantId, String action, String target, Map<String, ?> summary) {
        return scope.enter(tenantId).chain(() -> record(actor, tenantId, action, target, summary));
    }

    /** An audit record another service published on audit.events; once per event, however often delivered. */
    @WithTransaction
    public Uni<Void> recordEvent(EventEnvelope event, AuditRecord record) {
        return scope.enter(event.tenantId())
                .chain(() -> entries.count("eventId", event.eventId()))
                .flatMap(seen -> {
                    if (seen > 0) {
                        return Uni.createFrom().voidItem();
                    }
                    AuditEntry entry = new AuditEntry();
                    entry.eventId = event.eventId();
                    entry.tenantId = event.tenantId();
                    entry.actorId = record.actorId();
                    entry.actorName = record.actorName();
                    entry.action = record.action();
                    entry.target = record.target();
                    entry.requestId = record.requestId();
                    entry.summary = record.summary() == null ? null : record.summary().toString();
                    entry.at = record.at() == null ? OffsetDateTime.now(ZoneOffset.UTC)
                            : record.at().atOffset(ZoneOffset.UTC);
                    return entries.persist(entry).replaceWithVoid();
                });
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
