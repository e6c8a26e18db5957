package com.waplatform.realtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.realtime.config.RealtimeConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A tenant's sockets are bounded by its plan's seats as well as by the instance's ceiling. */
class TenantSocketLimitTest {

    private static final RealtimeConfig.Sockets LIMITS = new RealtimeConfig.Sockets() {
        @Override
        public int perUser() {
            return 10;
        }

        @Override
        public int perTenant() {
            return 1000;
        }

        @Override
        public int maxUnsent() {
            return 1000;
        }
    };

    @Test
    void aSmallPlanHoldsItsSeatsSocketsALargeOneTheCeiling() {
        assertEquals(30, TenantSocketLimit.of(Optional.of(plan(3)), LIMITS), "3 seats, 10 each");
        assertEquals(1000, TenantSocketLimit.of(Optional.of(plan(500)), LIMITS), "the instance's ceiling");
        assertEquals(1000, TenantSocketLimit.of(Optional.of(plan(0)), LIMITS), "no seats given: the ceiling");
        assertEquals(1000, TenantSocketLimit.of(Optional.empty(), LIMITS), "a tenant not known yet");
    }

    private static TenantSnapshot plan(int seats) {
        return new TenantSnapshot("t1", "acme", "Acme", TenantSnapshot.ACTIVE, null, 1, 5, seats, 100_000, 0, null,
                false, "America/Sao_Paulo", "pt-BR");
    }
}
