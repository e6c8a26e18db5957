package com.waplatform.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.session.service.ConnectionSecrets;
import com.waplatform.session.service.ConnectionService;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A Cloud API number's templates, read from Meta (a stand-in Graph server speaking Meta's documented shape, pages and
 * errors) with the number's token, kept per connection; Evolution numbers have none (409), another tenant's number
 * is a 404, and Meta down is a 503.
 */
@QuarkusTest
@QuarkusTestResource(value = TemplateListingTest.GraphStandIn.class, restrictToAnnotatedClass = true)
class TemplateListingTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";

    @Inject
    ConnectionService connections;

    @Inject
    ConnectionRepository repository;

    @Inject
    ConnectionSecrets secrets;

    @Inject
    TenantScope scope;

    @Inject
    BackgroundWork background;

    @Test
    void anAgentSeesTheNumbersTemplatesWithTheirParametersAndMetaIsAskedOnce() {
        UUID id = cloudApiNumber("waba-ok");
        GraphStandIn.ASKED.clear();
        for (int i = 0; i < 3; i++) {
            as("acme-agent").get("/api/connections/" + id + "/templates").then().statusCode(200)
                    .body("name", contains("hello_world", "order_ready"))
                    .body("[0].language", equalTo("en_US")).body("[0].status", equalTo("APPROVED"))
                    .body("[0].category", equalTo("UTILITY")).body("[0].body", equalTo("Hello World"))
                    .body("[0].bodyParameters", equalTo(0)).body("[0].header", nullValue())
                    .body("[1].body", equalTo("Olá {{1}}, seu pedido {{2}} está pronto."))
                    .body("[1].bodyParameters", equalTo(2)).body("[1].header", equalTo("Pedido"))
                    .body("[1].footer", equalTo("Loja Demo"));
        }
        as("acme-admin").get("/api/connections/" + id + "/templates").then().statusCode(200);
        assertEquals(List.of("/v21.0/waba-ok/message_templates", "/v21.0/waba-ok/message_templates"),
                GraphStandIn.ASKED, "two pages, read once for every caller");
    }

    @Test
    void anEvolutionNumberHasNoTemplatesAndAnotherTenantsNumberIsNotFound() {
        Connection evolution = connections.draft(ACME, ConnectionType.EVOLUTION, "Templates evo", ConnectionState.OPEN);
        evolution.instanceName = "wa-" + evolution.id;
        persist(evolution);
        as("acme-admin").get("/api/connections/" + evolution.id + "/templates").then().statusCode(409)
                .body("detail", containsString("Cloud API"));
        UUID acmes = cloudApiNumber("waba-ok");
        as("globex-agent").get("/api/connections/" + acmes + "/templates").then().statusCode(404);
        given().get("/api/connections/" + acmes + "/templates").then().statusCode(401);
    }

    @Test
    void metaDownIsA503AndARejectedTokenA502() {
        as("acme-agent").get("/api/connections/" + cloudApiNumber("waba-down") + "/templates").then()
                .statusCode(503).body("status", equalTo(503));
        as("acme-agent").get("/api/connections/" + cloudApiNumber("waba-expired") + "/templates").then()
                .statusCode(502).body("detail", containsString("access token"));
    }

    private UUID cloudApiNumber(String waba) {
        Connection c = connections.draft(ACME, ConnectionType.CLOUD_API, "Templates " + waba, ConnectionState.OPEN);
        c.phoneNumberId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        c.businessAccountId = waba;
        c.accessTokenEnc = secrets.seal(c, "accessToken", GraphStandIn.TOKEN);
        c.appSecretEnc = secrets.seal(c, "appSecret", "app-secret");
        c.verifyTokenEnc = secrets.seal(c, "verifyToken", "verify");
        persist(c);
        return c.id;
    }

    private void persist(Connection c) {
        background.isolated(() -> Panache.withTransaction(() -> scope.enter(ACME)
                .chain(() -> repository.persist(c)))).await().atMost(Duration.ofSeconds(10));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoTokens.of(user));
    }

    /** Meta's {@code GET /{waba-id}/message_templates}: two pages for waba-ok, a 500 for waba-down, 190 else. */
    public static class GraphStandIn implements QuarkusTestResourceLifecycleManager {

        static final String TOKEN = "EAAG-templates-token";
        static final List<String> ASKED = new CopyOnWriteArrayList<>();
        private static final String HELLO = "{\"name\":\"hello_world\",\"language\":\"en_US\",\"status\":\"APPROVED\","
                + "\"category\":\"UTILITY\",\"id\":\"1\",\"components\":[{\"type\":\"BODY\",\"text\":\"Hello World\"}]}";
        private static final String ORDER = "{\"name\":\"order_ready\",\"language\":\"pt_BR\",\"status\":\"APPROVED\","
                + "\"category\":\"UTILITY\",\"id\":\"2\",\"components\":[{\"type\":\"HEADER\",\"format\":\"TEXT\","
                + "\"text\":\"Pedido\"},{\"type\":\"BODY\",\"text\":\"Olá {{1}}, seu pedido {{2}} está pronto.\"},"
                + "{\"type\":\"FOOTER\",\"text\":\"Loja Demo\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":"
                + "\"QUICK_REPLY\",\"text\":\"Ok\"}]}]}";

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", this::answer);
            server.start();
            return Map.of("providers.graph-api.base-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "providers.graph-api.version", "v21.0");
        }

        private void answer(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            ASKED.add(path);
            boolean authorized = ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && query.contains("appsecret_proof=");
            if (path.contains("waba-down")) {
                send(exchange, 500, "{\"error\":{\"message\":\"An unknown error occurred\",\"type\":\"OAuthException\","
                        + "\"code\":1,\"fbtrace_id\":\"A1\"}}");
            } else if (!authorized || path.contains("waba-expired")) {
                send(exchange, 401, "{\"error\":{\"message\":\"Invalid OAuth access token\",\"type\":\"OAuthException\","
                        + "\"code\":190,\"fbtrace_id\":\"A2\"}}");
            } else if (!query.contains("after=")) {
                send(exchange, 200, "{\"data\":[" + HELLO + "],\"paging\":{\"cursors\":{\"before\":\"MA\",\"after\":"
                        + "\"MA\"},\"next\":\"https://graph.facebook.com/v21.0/waba-ok/message_templates?after=MA\"}}");
            } else {
                send(exchange, 200, "{\"data\":[" + ORDER + "],\"paging\":{\"cursors\":{\"before\":\"MQ\","
                        + "\"after\":\"MQ\"}}}");
            }
        }

        private static void send(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
