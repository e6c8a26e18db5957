package com.waplatform.realtime.service;

import com.waplatform.contracts.TenantSnapshot;
import java.util.Optional;

/**
 * How many sockets one tenant may hold on an instance: {@code realtime.sockets.per-tenant}, and no more than its
 * plan allows — its seats (enabled users, {@code maxAgents}) each with a user's allowance
 * ({@code realtime.sockets.per-user}). A tenant not known yet (or a plan without seats) has the configured ceiling.
 */
final class TenantSocketLimit {

    private TenantSocketLimit() {
    }

    static int of(Optional<TenantSnapshot> tenant, int perUser, int perTenant) {
        int seats = tenant.map(TenantSnapshot::maxAgents).orElse(0);
        if (seats <= 0) {
            return perTenant;
        }
        return (int) Math.min(perTenant, (long) seats * perUser);
    }
}
