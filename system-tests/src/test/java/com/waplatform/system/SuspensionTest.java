package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The suspension policy end to end: a suspended tenant's users are refused everywhere (REST on every service,
 * live sockets closed, new ones refused, no sends), its customers' messages are still accepted and kept, and all
 * of it resumes on reactivation.
 */
@Order(Integer.MAX_VALUE - 1)
class SuspensionTest {

    private static final String GLOBEX = "b0000000-0000-4000-8000-000000000002";
    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    @Test
    void aSuspendedTenantIsRefusedEverywhereKeepsItsInboundAndResumes() {
        CloudApiNumber number = CloudApiNumber.connect("globex-admin");
        String customer = "55119" + (10_000_000 + (int) (Math.random() * 89_999_999));
        number.customerWrites("+" + customer, "Before", "before the suspension");
        String conversation = awaitConversation(number, customer);

        try (LiveSocket socket = LiveSocket.open(Stack.token("globex-agent"))) {
            await().atMost(PROPAGATION).until(() -> !socket.frames("hello", f -> true).isEmpty());
            Stack.as("platform").body("{\"reason\":\"system test\"}")
                    .post("/api/admin/tenants/" + GLOBEX + "/suspend").then().statusCode(200);
            try {
                for (String path : List.of("/api/conversations", "/api/connections", "/api/tenant")) {
                    await().atMost(PROPAGATION).untilAsserted(() -> Stack.as("globex-agent").get(path)
                            .then().statusCode(403).body("detail", containsString("suspended"))
                            .body("reason", org.hamcrest.Matchers.equalTo("system test")));
                }
                Stack.as("globex-agent").body("{\"text\":\"not while suspended\"}")
                        .post("/api/conversations/" + conversation + "/messages").then().statusCode(403);
                await().atMost(PROPAGATION).until(() -> socket.closeCode() == 1008);
                try (LiveSocket refused = LiveSocket.open(Stack.token("globex-agent"))) {
                    await().atMost(PROPAGATION).until(() -> refused.closeCode() == 1008);
                }
                // the customers are not to blame: their messages are accepted and kept
                number.customerWrites("+" + customer, "During", "while suspended " + customer);
                Stack.as("acme-agent").get("/api/conversations").then().statusCode(200);
            } finally {
                Stack.as("platform").post("/api/admin/tenants/" + GLOBEX + "/reactivate").then().statusCode(200);
            }
        }
        await().atMost(PROPAGATION).untilAsserted(() -> Stack.as("globex-agent")
                .get("/api/conversations/" + conversation + "/messages").then().statusCode(200)
                .body("text", org.hamcrest.Matchers.hasItem("while suspended " + customer)));
        String reply = "after reactivation " + UUID.randomUUID();
        Stack.as("globex-agent").body("{\"text\":\"" + reply + "\"}")
                .post("/api/conversations/" + conversation + "/messages").then().statusCode(202);
        await().atMost(PROPAGATION).until(() -> Stack.simulator()
                .get("/control/meta/numbers/" + number.phoneNumberId() + "/sent").asString().contains(reply));
        try (LiveSocket socket = LiveSocket.open(Stack.token("globex-agent"))) {
            await().atMost(PROPAGATION).until(() -> !socket.frames("hello", f -> true).isEmpty());
            assertEquals(-1, socket.closeCode());
        }
        Stack.as("platform").get("/api/audit?tenantId=" + GLOBEX + "&action=tenant.suspend").then()
                .statusCode(200).body("[0].actorName", equalTo("platform"));
    }

    private static String awaitConversation(CloudApiNumber number, String customer) {
        String thread = "find { it.contact.waId == '" + customer + "' && it.connectionId == '"
                + number.connectionId() + "' }.id";
        await().atMost(PROPAGATION).until(() -> Stack.as("globex-agent").get("/api/conversations?connectionId=" + number.connectionId())
                .then().extract().path(thread) != null);
        return Stack.as("globex-agent").get("/api/conversations?connectionId=" + number.connectionId()).then().extract().path(thread);
    }
}
