package com.waplatform.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void theEdgesIdIsKeptAsItIsUpTo64Characters() {
        assertEquals("4f1c2a", RequestIds.of("4f1c2a"));
        assertEquals("x".repeat(64), RequestIds.of("x".repeat(200)));
    }

    @Test
    void noHeaderNoId() {
        assertNull(RequestIds.of(null));
        assertNull(RequestIds.of("  "));
    }
}
