package com.waplatform.session.service;

import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.config.DispatchConfig;
import com.waplatform.session.domain.Dispatch;
import com.waplatform.session.messaging.SendResults;
import com.waplatform.session.repository.DispatchRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The durable queue of messages to send. A send command is stored once (its message id is the key, so a
 * redelivered command changes nothing), taken by a worker under a lease, and finished as SENT or FAILED together
 * with its {@code message.status} event.
 */
@ApplicationScoped
public class SendQueue {

    private static final Logger LOG = Logger.getLogger(SendQueue.class);

    private final DispatchRepository dispatches;
    private final TenantScope scope;
    private final SendResults results;
    private final DispatchConfig config;
    private final Counter inDoubt;
    private final Counter stale;

    public SendQueue(DispatchRepository dispatches, TenantScope scope, SendResults results, DispatchConfig config,
            MeterRegistry metrics) {
        this.inDoubt = Counter.builder("dispatch.sends.in.doubt")
                .description("sends taken again after a provider call whose answer was never recorded").register(metrics);
        this.stale = Counter.builder("dispatch.claims.lost")
                .description("taken sends another worker took over before this one sent or recorded them")
                .register(metrics);
        this.dispatches = dispatches;
        this.scope = scope;
        this.results = results;
        this.config = config;
    }

    /** One send command as it came from {@code message.outbound}. */
    public record Command(String tenantId, UUID connectionId, UUID messageId, String payload, String recipient,
            String traceparent) {
    }

    /**
     * Queues the commands whose messages are not known yet (a redelivered command changes nothing), each under
     * its own tenant; answers how many were new.
     */
    @WithTransaction
    public Uni<Integer> enqueue(List<Command> commands) {
        Map<String, List<Command>> byTenant = new LinkedHashMap<>();
        commands.forEach(c -> byTenant.computeIfAbsent(c.tenantId(), t -> new ArrayList<>()).add(c));
        Uni<Integer> added = Uni.createFrom().item(0);
        for (Map.Entry<String, List<Command>> tenant : byTenant.entrySet()) {
            added = added.flatMap(sum -> enqueueForTenant(tenant.getKey(), tenant.getValue()).map(n -> sum + n));
        }
        return added;
    }

    private Uni<Integer> enqueueForTenant(String tenantId, List<Command> commands) {
        List<UUID> ids = commands.stream().map(Command::messageId).toList();
        return scope.enter(tenantId).chain(() -> dispatches.knownIds(ids)).flatMap(known -> {
            OffsetDateTime now = OffsetDateTime.now();
            Map<UUID, Dispatch> fresh = new LinkedHashMap<>();
            for (Command c : commands) {
                if (!known.contains(c.messageId()) && !fresh.containsKey(c.messageId())) {
                    fresh.put(c.messageId(), queued(c, now));
                }
            }
            return fresh.isEmpty() ? Uni.createFrom().item(0)
                    : dispatches.persist(fresh.values()).replaceWith(fresh.size());
        });
    }

    private static Dispatch queued(Command c, OffsetDateTime now) {
        Dispatch dispatch = new Dispatch();
        dispatch.messageId = c.messageId();
        dispatch.tenantId = c.tenantId();
        dispatch.connectionId = c.connectionId();
        dispatch.status = Dispatch.QUEUED;
        dispatch.command = c.payload();
        dispatch.recipient = c.recipient();
        dispatch.traceparent = c.traceparent();
        dispatch.createdAt = now;
        dispatch.updatedAt = now;
        dispatch.nextAttemptAt = now;
        return dispatch;
    }

    /**
     * Takes due rows of every tenant for this worker, under a lease and a fresh claim, except those of the numbers
     * given. A row whose last provider call started but was never recorded (its worker died, or its database went
     * away) is counted and logged as in doubt: it is sent again — WhatsApp has no idempotency key — and may reach
     * the customer twice.
     */
    @WithTransaction
    public Uni<List<Dispatch>> take(Set<UUID> skipConnections) {
        OffsetDateTime leaseEnd = OffsetDateTime.now().plus(config.lease());
        return scope.systemBypass("send queue worker")
                .chain(() -> dispatches.due(config.perConnectionBatch(), config.batchSize(), skipConnections))
                .invoke(rows -> rows.forEach(row -> {
                    if (row.sendStartedAt != null) {
                        inDoubt.increment();
                        LOG.warnf("message %s: the provider call started at %s was never recorded; sending again",
                                row.messageId, row.sendStartedAt);
                        row.sendStartedAt = null;
                    }
                    row.leaseUntil = leaseEnd;
                    row.claim = UUID.randomUUID();
                }));
    }

    /**
     * Notes, in its own transaction, that the provider is about to be called for this taken row; false when the
     * row is no longer this worker's (its lease ran out and another worker took it): then it must not be sent.
     */
    @WithTransaction
    public Uni<Boolean> startSending(Dispatch dispatch) {
        return scope.enter(dispatch.tenantId).chain(() -> dispatches.startSending(dispatch.messageId, dispatch.claim))
                .invoke(mine -> {
                    if (!mine) {
                        stale.increment();
                        LOG.infof("message %s was taken by another worker; not sending it here", dispatch.messageId);
                    }
                });
    }

    /** Puts rows back for later without counting an attempt (pacing). */
    @WithTransaction
    public Uni<Void> defer(List<UUID> ids, OffsetDateTime when) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return scope.systemBypass("send queue pacing").chain(() -> dispatches.defer(ids, when)).replaceWithVoid();
    }

    /**
     * Stores what became of a taken row, if it is still this worker's (same claim); a finished one publishes its
     * result in the same transaction. A row another worker took meanwhile is left to it (counted, logged).
     */
    @WithTransaction
    public Uni<Dispatch> save(Dispatch dispatch) {
        return scope.enter(dispatch.tenantId).chain(() -> dispatches.locked(dispatch.messageId)).flatMap(current -> {
            if (current == null || !Objects.equals(current.claim, dispatch.claim)) {
                stale.increment();
                LOG.warnf("message %s was taken by another worker; this worker's %s outcome is not recorded",
                        dispatch.messageId, dispatch.status);
                return Uni.createFrom().item(current);
            }
            return Panache.getSession().flatMap(session -> session.merge(dispatch))
                    .call(saved -> saved.done() ? results.publish(saved) : Uni.createFrom().voidItem());
        });
    }
}
