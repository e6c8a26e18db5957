package com.waplatform.realtime.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.realtime.testing.SocketTest;
import com.waplatform.realtime.testing.TestSocket;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who of the tenant is online: every socket gets the list after its hello and again whenever it changes — someone's
 * first socket, their last one closed, or another replica's users expiring when it stops renewing them (it died).
 * Another tenant's people never appear, and their comings and goings send nothing.
 */
@QuarkusTest
class PresenceTest extends SocketTest {

    @Inject
    RedisDataSource redis;

    @Test
    void everySocketOfTheTenantSeesWhoIsOnlineAndEachChangeOtherTenantsNothing() throws Exception {
        String acme = claim("acme-agent", "tenant_id");
        String agentId = claim("acme-agent", "sub");
        String adminId = claim("acme-admin", "sub");

        TestSocket agent = open("acme-agent");
        assertEquals(List.of(agentId), online(agent.nextPresence()), "after the hello: itself");
        TestSocket admin = open("acme-admin");
        assertEquals(List.of(agentId, adminId).stream().sorted().toList(), online(admin.nextPresence()).stream()
                .sorted().toList());
        assertEquals(2, online(agent.nextPresence()).size(), "pushed when someone comes online");
        admin.assertNoPresence(700); // the same list once only

        TestSocket second = open("acme-agent");
        assertEquals(2, online(second.nextPresence()).size(), "a second tab gets the list");
        agent.assertNoPresence(700);

        TestSocket globex = open("globex-agent");
        assertEquals(List.of(claim("globex-agent", "sub")), online(globex.nextPresence()), "its own tenant only");
        agent.assertNoPresence(700);

        admin.close();
        assertEquals(List.of(agentId), online(agent.nextPresence()), "pushed when someone's last socket closes");
        globex.assertNoPresence(500);

        // a user on another replica, which then stops renewing them (it died): they appear, then expire
        String member = new OnlineUser("ghost-user", "Ghost", false, "another-replica").member();
        redis.sortedSet(String.class).zadd("realtime:online:" + acme, System.currentTimeMillis() + 1500, member);
        redis.pubsub(String.class).publish("realtime-presence", acme);
        assertEquals(List.of("ghost-user", agentId).stream().sorted().toList(),
                online(agent.nextPresence()).stream().sorted().toList(), "shared by the replicas");
        assertEquals(List.of(agentId), online(agent.nextPresence()), "gone once no replica renews them");
        globex.assertNoPresence(100);
        System.out.println("presence: list after hello, pushed on arrival, departure and expiry; other tenant apart");
    }

    private static List<String> online(JsonNode frame) {
        assertEquals("presence", frame.path("type").asText());
        List<String> ids = new ArrayList<>();
        frame.path("online").forEach(user -> ids.add(user.path("userId").asText()));
        return ids;
    }

    private TestSocket open(String user) throws Exception {
        return open(user, "");
    }
}
