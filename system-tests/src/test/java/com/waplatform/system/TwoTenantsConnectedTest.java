package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two companies' numbers connected at the same time; taking the first company's number offline leaves the
 * second one sending and receiving.
 */
class TwoTenantsConnectedTest {

    @Test
    void disconnectingOneTenantsNumberLeavesTheOtherWorking() {
        EvolutionNumber acme = EvolutionNumber.create("acme-admin");
        EvolutionNumber globex = EvolutionNumber.create("globex-admin");
        try {
            acme.scan("5511955554444");
            globex.scan("5521955553333");
            String acmeCustomer = Conversations.randomCustomer();
            String globexCustomer = Conversations.randomCustomer();
            acme.writes(acmeCustomer, "Acme Customer", "hi acme " + UUID.randomUUID(), false);
            globex.writes(globexCustomer, "Globex Customer", "hi globex " + UUID.randomUUID(), false);
            String acmeThread = Conversations.of("acme-agent", acme.connectionId(), acmeCustomer);
            String globexThread = Conversations.of("globex-agent", globex.connectionId(), globexCustomer);
            Conversations.awaitStatus("acme-agent", acmeThread,
                    Conversations.reply("acme-agent", acmeThread, "acme answers " + UUID.randomUUID()), "READ");
            Conversations.awaitStatus("globex-agent", globexThread,
                    Conversations.reply("globex-agent", globexThread, "globex answers " + UUID.randomUUID()), "READ");

            // tenant 1's number goes offline
            Stack.as("acme-admin").post("/api/connections/" + acme.connectionId() + "/logout").then()
                    .statusCode(200).body("state", equalTo("CLOSED"));

            // tenant 2 still receives and sends
            String later = "still here " + UUID.randomUUID();
            globex.writes(globexCustomer, "Globex Customer", later, false);
            await().atMost(Duration.ofSeconds(30)).until(() -> Stack.as("globex-agent")
                    .get("/api/conversations/" + globexThread + "/messages").asString().contains(later));
            String reply = Conversations.reply("globex-agent", globexThread, "globex still answers "
                    + UUID.randomUUID());
            Conversations.awaitStatus("globex-agent", globexThread, reply, "READ");
        } finally {
            acme.delete();
            globex.delete();
        }
    }
}
