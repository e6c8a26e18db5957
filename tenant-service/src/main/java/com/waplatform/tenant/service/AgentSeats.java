package com.waplatform.tenant.service;

import com.waplatform.tenant.identity.IdentityConfig;
import com.waplatform.tenant.repository.SeatLocks;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The plan's seats (enabled users) hold under concurrency: whatever takes a seat — creating a user, enabling a
 * disabled one — counts and takes it while holding the tenant's seat lock in the database, so two admins (or two
 * replicas) can never both take the last seat. A disabled user frees their seat.
 */
@ApplicationScoped
public class AgentSeats {

    private final SeatLocks locks;
    private final TenantSettingsService tenants;
    private final long waitMillis;

    public AgentSeats(SeatLocks locks, TenantSettingsService tenants, IdentityConfig config) {
        this.locks = locks;
        this.tenants = tenants;
        this.waitMillis = config.seatLockWait().toMillis();
    }

    /**
     * Runs {@code take} if fewer than the plan's users are enabled ({@code seatsTaken}), all under the lock;
     * 422 when the plan is full, 503 when the lock could not be had in time (nothing was changed).
     */
    @WithTransaction
    public <T> Uni<T> takeSeat(String tenantId, Supplier<Uni<Long>> seatsTaken, Supplier<Uni<T>> take) {
        return locks.lock(tenantId, waitMillis)
                .onFailure().transform(e -> new ProblemException(503, "Service Unavailable",
                        "Too many changes to your users at once; try again in a moment"))
                .chain(() -> tenants.get(tenantId))
                .chain(tenant -> onThisContext(seatsTaken).invoke(taken -> {
                    if (taken >= tenant.maxAgents) {
                        throw ProblemException.unprocessable("Your plan allows " + tenant.maxAgents
                                + " enabled users; disable or remove one, or ask for a larger plan");
                    }
                }))
                .chain(() -> onThisContext(take));
    }

    /**
     * Keycloak's answers (a failure, at least) may come on a worker thread, while the transaction's session may
     * only be used from the event loop that opened it: whatever comes is handed back to that event loop.
     */
    private static <T> Uni<T> onThisContext(Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            Uni<T> answer = call.get();
            return context == null ? answer : answer.emitOn(task -> context.runOnContext(ignored -> task.run()));
        });
    }
}
