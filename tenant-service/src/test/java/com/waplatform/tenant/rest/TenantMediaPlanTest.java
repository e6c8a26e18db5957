package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.tenant.domain.PlanLimits;
import com.waplatform.tenant.domain.Tenant;
import com.waplatform.tenant.messaging.TenantEvents;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The plan's media storage: platform staff set the quota and the retention days (5 GiB and "for good" unless they
 * do), and the overview shows the bytes message-service reports beside them.
 */
@QuarkusTest
@QuarkusTestResource(value = TenantMediaPlanTest.UsageStandIn.class, restrictToAnnotatedClass = true)
class TenantMediaPlanTest {

    private static final long FIVE_GIB = 5L * 1024 * 1024 * 1024;

    @Test
    void aNewTenantsPlanKeepsFiveGibOfMediaForGoodUnlessStaffSetOtherwise() {
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"slug\":\"media-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Media\"}")
                .post("/api/admin/tenants")
                .then().statusCode(201).body("limits.mediaQuotaBytes", equalTo(FIVE_GIB))
                .body("limits.mediaRetentionDays", equalTo(0));
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"slug\":\"media-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Media\","
                        + "\"limits\":{\"maxConnections\":1,\"maxAgents\":2,\"messagesPerMonth\":100,"
                        + "\"mediaQuotaBytes\":10000000,\"mediaRetentionDays\":30}}")
                .post("/api/admin/tenants")
                .then().statusCode(201).body("limits.mediaQuotaBytes", equalTo(10_000_000))
                .body("limits.mediaRetentionDays", equalTo(30));
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"slug\":\"media-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Media\","
                        + "\"limits\":{\"maxConnections\":1,\"maxAgents\":2,\"messagesPerMonth\":100}}")
                .post("/api/admin/tenants")
                .then().statusCode(201).body("limits.mediaQuotaBytes", equalTo(FIVE_GIB))
                .body("limits.mediaRetentionDays", equalTo(0));
    }

    @Test
    void theSnapshotOnTenantEventsCarriesTheMediaPlan() {
        TenantSnapshot snapshot = TenantEvents.snapshot(Tenant.create("snap", "Snap", new PlanLimits(1, 2, 3,
                4096L, 9)));
        assertEquals(4096L, snapshot.mediaQuotaBytes());
        assertEquals(9, snapshot.mediaRetentionDays());
    }

    @Test
    void staffChangeTheMediaPlanAndTheOverviewShowsWhatIsUsed() {
        String id = given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"slug\":\"media-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Media\"}")
                .post("/api/admin/tenants").then().statusCode(201).extract().path("id");

        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"mediaQuotaBytes\":0,\"mediaRetentionDays\":-1}").patch("/api/admin/tenants/" + id)
                .then().statusCode(400).body("violations.field", hasItem("mediaQuotaBytes"))
                .body("violations.field", hasItem("mediaRetentionDays"));
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"mediaQuotaBytes\":2147483648,\"mediaRetentionDays\":7}").patch("/api/admin/tenants/" + id)
                .then().statusCode(200).body("limits.mediaQuotaBytes", equalTo(2_147_483_648L))
                .body("limits.mediaRetentionDays", equalTo(7));

        given().auth().oauth2(DemoTokens.of("platform")).get("/api/admin/tenants/" + id + "/overview")
                .then().statusCode(200)
                .body("mediaBytes", equalTo(UsageStandIn.MEDIA_BYTES))
                .body("mediaQuotaBytes", equalTo(2_147_483_648L))
                .body("mediaRetentionDays", equalTo(7))
                .body("messagesThisMonth", equalTo(7));
        assertTrue(UsageStandIn.ASKED.contains("/internal/tenants/" + id + "/usage"), UsageStandIn.ASKED.toString());
    }

    /** session-service's and message-service's internal usage endpoint, answering fixed figures. */
    public static class UsageStandIn implements QuarkusTestResourceLifecycleManager {

        static final int MEDIA_BYTES = 1_234_567;
        static final List<String> ASKED = new CopyOnWriteArrayList<>();

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/internal/tenants/", exchange -> {
                ASKED.add(exchange.getRequestURI().getPath());
                byte[] body = ("{\"connections\":2,\"messagesThisMonth\":7,\"mediaBytes\":" + MEDIA_BYTES
                        + ",\"mediaQuotaBytes\":1}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of("usage.session-service-url", url, "usage.message-service-url", url);
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
