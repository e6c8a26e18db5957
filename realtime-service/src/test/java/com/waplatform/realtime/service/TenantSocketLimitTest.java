package com.waplatform.realtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.waplatform.contracts.TenantSnapshot;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A tenant's sockets are bounded by its plan's seats as well as by the instance's ceiling. */
class TenantSocketLimitTest {

    @Test
    void aSmallPlanHoldsItsSeatsSocketsALargeOneTheCeiling() {
        assertEquals(30, TenantSocketLimit.of(Optional.of(plan(3)), 10, 1000), "3 seats, 10 each");
        assertEquals(1000, TenantSocketLimit.of(Optional.of(plan(500)), 10, 1000), "the instance's ceiling");
        assertEquals(1000, TenantSocketLimit.of(Optional.of(plan(0)), 10, 1000), "no seats given: the ceiling");
        assertEquals(1000, TenantSocketLimit.of(Optional.empty(), 10, 1000), "a tenant not known yet");
    }

    private static TenantSnapshot plan(int seats) {
        return new TenantSnapshot("t1", "acme", "Acme", TenantSnapshot.ACTIVE, null, 1, 5, seats, 100_000, 0, null,
                false, "America/Sao_Paulo", "pt-BR");
    }
}
