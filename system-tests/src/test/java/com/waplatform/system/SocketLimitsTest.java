package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Through the edge, one user holds at most 10 sockets (the default); the next is closed with 1008 and why. */
class SocketLimitsTest {

    private static final int PER_USER = 10;

    private FreshTenant tenant;
    private final List<LiveSocket> opened = new ArrayList<>();

    @BeforeEach
    void aTenant() {
        tenant = FreshTenant.create("sockets");
    }

    @AfterEach
    void closeAndPurge() {
        opened.forEach(LiveSocket::close);
        tenant.purge();
    }

    @Test
    void theSocketOverTheUsersLimitIsRefusedWithTheReason() {
        String password = "Agent-" + UUID.randomUUID();
        tenant.addUser("tabs", "agent", password);
        String token = tenant.loginAs("tabs", password);
        for (int i = 0; i < PER_USER; i++) {
            LiveSocket socket = open(token);
            await().atMost(Duration.ofSeconds(10)).until(() -> !socket.frames("hello", f -> true).isEmpty());
        }
        LiveSocket extra = open(token);
        await().atMost(Duration.ofSeconds(10)).until(() -> extra.closeCode() > 0);
        System.out.println("sockets: " + PER_USER + " served, the next closed with " + extra.closeCode());
        assertEquals(1008, extra.closeCode());
        assertTrue(opened.subList(0, PER_USER).stream().allMatch(s -> s.closeCode() < 0), "the first ones stay open");
    }

    private LiveSocket open(String token) {
        LiveSocket socket = LiveSocket.open(token);
        opened.add(socket);
        return socket;
    }
}
