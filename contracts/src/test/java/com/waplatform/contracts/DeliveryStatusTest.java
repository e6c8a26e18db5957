package com.waplatform.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryStatusTest {

    @Test
    void statusesOnlyMoveForward() {
        assertTrue(DeliveryStatus.PENDING.canAdvanceTo(DeliveryStatus.SENT));
        assertTrue(DeliveryStatus.SENT.canAdvanceTo(DeliveryStatus.READ));
        assertFalse(DeliveryStatus.READ.canAdvanceTo(DeliveryStatus.DELIVERED));
        assertFalse(DeliveryStatus.DELIVERED.canAdvanceTo(DeliveryStatus.DELIVERED));
        assertFalse(DeliveryStatus.SENT.canAdvanceTo(DeliveryStatus.PENDING));
    }

    @Test
    void failedIsTerminalAndOnlyReachableBeforeRead() {
        assertTrue(DeliveryStatus.DELIVERED.canAdvanceTo(DeliveryStatus.FAILED));
        assertFalse(DeliveryStatus.READ.canAdvanceTo(DeliveryStatus.FAILED));
        for (DeliveryStatus next : DeliveryStatus.values()) {
            assertFalse(DeliveryStatus.FAILED.canAdvanceTo(next));
        }
    }

    @Test
    void parsesProviderWords() {
        assertEquals(Optional.of(DeliveryStatus.READ), DeliveryStatus.fromProvider("played"));
        assertEquals(Optional.of(DeliveryStatus.DELIVERED), DeliveryStatus.fromProvider("DELIVERED"));
        assertEquals(Optional.empty(), DeliveryStatus.fromProvider("deleted"));
        assertEquals(Optional.empty(), DeliveryStatus.fromProvider(null));
    }
}
