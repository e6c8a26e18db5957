package com.waplatform.system;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint in the services' OpenAPI documents, called by every kind of caller with ids owned by the other
 * tenant: the answer is always 401, 403 or 404, and no answer ever carries the other tenant's data. The endpoint
 * list is read from /q/openapi at run time, so a new endpoint is covered without touching this test.
 */
class CrossTenantMatrixTest {

    private static final List<String> SERVICES =
            Arrays.asList(System.getProperty("api.services", "").split(","));
    private static final Set<String> DENIED = Set.of("401", "403", "404");

    /** What each tenant owns, by path parameter kind, and strings that must never reach the other tenant. */
    private record Owned(String tenantId, Map<String, String> ids, List<String> markers, String apiKey) {
    }

    /** A user (token) or a tenant's automation (API key). */
    private record Caller(String name, String token, Owned own, String apiKey) {

        Caller(String name, String token, Owned own) {
            this(name, token, own, null);
        }
    }

    private static Owned acme;
    private static Owned globex;

    @BeforeAll
    static void seedBothTenants() {
        acme = seed("acme", "a0000000-0000-4000-8000-000000000001");
        globex = seed("globex", "b0000000-0000-4000-8000-000000000002");
    }

    @Test
    void noCallerEverReachesAnotherTenantsData() throws Exception {
        assumeTrue(!SERVICES.get(0).isBlank(), "needs ./stack test (api.services)");
        String expired = RestAssured.given().formParam("grant_type", "password")
                .formParam("client_id", "test-expiring").formParam("username", "acme-admin")
                .formParam("password", Stack.PASSWORD)
                .post(Stack.KEYCLOAK + "/realms/wa/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        List<Caller> callers = List.of(
                new Caller("agent A", Stack.token("acme-agent"), acme),
                new Caller("tenant-admin A", Stack.token("acme-admin"), acme),
                new Caller("agent B", Stack.token("globex-agent"), globex),
                new Caller("tenant-admin B", Stack.token("globex-admin"), globex),
                new Caller("platform-admin", Stack.token("platform"), null),
                new Caller("token without tenant_id", Stack.token("drifter"), null),
                new Caller("expired token", expired, null),
                new Caller("no token", null, null),
                new Caller("API key A", null, acme, acme.apiKey()),
                new Caller("API key B", null, globex, globex.apiKey()));
        Thread.sleep(3000); // the expired token's two seconds are over

        int requests = 0;
        List<String> leaks = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode paths = Stack.json(RestAssured.get(service + "/q/openapi?format=json").asString()).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next().toUpperCase();
                    if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    for (Caller caller : callers) {
                        Owned victim = caller.own() == acme ? globex : acme;
                        String template = path.getKey();
                        boolean targeted = template.contains("{");
                        if (!targeted && !method.equals("GET")) {
                            continue; // creating in one's own tenant is not a cross-tenant target
                        }
                        if (!targeted && caller.own() == null && caller.token() != null
                                && caller.name().equals("platform-admin")) {
                            continue; // platform staff list every tenant by design
                        }
                        boolean platform = caller.name().equals("platform-admin");
                        if (platform && template.startsWith("/api/admin/") && !method.equals("GET")) {
                            continue; // platform staff may change any tenant: not probed on the demo tenants
                        }
                        JsonNode operation = path.getValue().path(method.toLowerCase());
                        String url = service + fill(template, victim) + requiredQuery(operation, victim);
                        boolean multipart = operation.path("requestBody").path("content").has("multipart/form-data");
                        Response response = request(caller, method, url, multipart);
                        requests++;
                        String status = String.valueOf(response.statusCode());
                        String body = response.asString();
                        boolean platformOnTarget = caller.name().equals("platform-admin")
                                && template.startsWith("/api/admin/");
                        if (targeted && !platformOnTarget && !DENIED.contains(status)) {
                            leaks.add(caller.name() + " " + method + " " + url + " -> " + status);
                        }
                        if (!targeted && caller.own() == null && !platform && !DENIED.contains(status)) {
                            leaks.add(caller.name() + " " + method + " " + url + " -> " + status);
                        }
                        if (caller.own() != null) {
                            for (String marker : victim.markers()) {
                                if (body.contains(marker)) {
                                    leaks.add(caller.name() + " " + method + " " + url + " leaked " + marker);
                                }
                            }
                        }
                        if (response.statusCode() >= 500) {
                            leaks.add(caller.name() + " " + method + " " + url + " -> " + status);
                        }
                    }
                }
            }
        }
        System.out.printf("cross-tenant matrix: %d requests over %d services, %d problems%n", requests,
                SERVICES.size(), leaks.size());
        leaks.forEach(System.out::println);
        assertTrue(requests > 100, "the OpenAPI documents listed too few endpoints: " + requests);
        assertTrue(leaks.isEmpty(), "cross-tenant problems: " + leaks);
    }

    private static Response request(Caller caller, String method, String url, boolean multipart) {
        RequestSpecification spec = multipart
                ? RestAssured.given().contentType("multipart/form-data")
                        .multiPart("file", "probe.png", new byte[] {1, 2, 3}, "image/png")
                : RestAssured.given().contentType("application/json").body(body(url));
        if (caller.token() != null) {
            spec.auth().oauth2(caller.token());
        }
        if (caller.apiKey() != null) {
            spec.header("X-API-Key", caller.apiKey());
        }
        return spec.request(method, url);
    }

    /** A valid body for the endpoints that take one, so that ownership (not validation) decides the answer. */
    private static String body(String url) {
        if (url.contains("/messages")) {
            return "{\"text\":\"matrix probe\"}";
        }
        if (url.endsWith("/notes")) {
            return "{\"text\":\"matrix probe\"}";
        }
        if (url.contains("/api/quick-replies/")) {
            return "{\"shortcut\":\"matrix-probe\",\"text\":\"matrix probe\"}";
        }
        if (url.endsWith("/labels")) {
            return "{\"labels\":[\"matrix\"]}";
        }
        if (url.endsWith("/password")) {
            return "{\"temporaryPassword\":\"matrix-probe-1\"}";
        }
        if (url.contains("/suspend")) {
            return "{\"reason\":\"matrix probe\"}";
        }
        return "{}";
    }

    /**
     * Values for the operation's required query parameters (a report's period, a tenant's id), so that the answer
     * holds data to look for the other tenant's in rather than a 400 for what is missing.
     */
    private static String requiredQuery(JsonNode operation, Owned victim) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query") || !parameter.path("required").asBoolean()) {
                continue;
            }
            String name = parameter.path("name").asText();
            boolean instant = parameter.path("schema").path("format").asText().equals("date-time");
            String value = switch (name) {
                case "from" -> instant ? java.time.Instant.now().minus(java.time.Duration.ofDays(2)).toString()
                        : java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2).toString();
                case "to" -> instant ? java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString()
                        : java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
                case "tenantId" -> victim.tenantId();
                default -> UUID.randomUUID().toString();
            };
            pairs.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String fill(String template, Owned victim) {
        String filled = template;
        for (Map.Entry<String, String> id : victim.ids().entrySet()) {
            if (template.startsWith(id.getKey())) {
                filled = filled.replaceAll("\\{[^}]+}", id.getValue());
            }
        }
        return filled.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static Owned seed(String tenant, String tenantId) {
        CloudApiNumber number = CloudApiNumber.connect(tenant + "-admin");
        String customer = "55118" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String secretText = "matrix secret of " + tenant + " " + UUID.randomUUID();
        number.customerWrites("+" + customer, "Matrix " + tenant, secretText);
        String thread = "find { it.connectionId == '" + number.connectionId() + "' }.id";
        String inbox = "/api/conversations?connectionId=" + number.connectionId();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                Stack.as(tenant + "-agent").get(inbox).then().extract().path(thread) != null);
        String conversation = Stack.as(tenant + "-agent").get(inbox).then().extract().path(thread);
        String agentId = Stack.as(tenant + "-agent").get("/api/tenant/agents/me").then().statusCode(200)
                .extract().path("id");
        var key = Stack.as(tenant + "-admin").body("{\"name\":\"matrix " + tenant + "\"}")
                .post("/api/tenant/api-keys").then().statusCode(201).extract();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/tenant/api-keys", key.path("id"));
        ids.put("/api/admin/tenants", tenantId);
        ids.put("/api/connections", number.connectionId());
        ids.put("/internal/connections", number.connectionId());
        ids.put("/api/conversations", conversation);
        ids.put("/api/automation/conversations", conversation);
        ids.put("/api/contacts", Stack.as(tenant + "-agent").get("/api/conversations/" + conversation).then()
                .statusCode(200).extract().path("contact.id"));
        ids.put("/api/tenant/agents", agentId);
        String replyText = "matrix quick reply of " + tenant + " " + UUID.randomUUID();
        String quickReply = Stack.as(tenant + "-admin").body("{\"shortcut\":\"matrix-" + UUID.randomUUID()
                .toString().substring(0, 8) + "\",\"text\":\"" + replyText + "\"}").post("/api/quick-replies")
                .then().statusCode(201).extract().path("id");
        ids.put("/api/quick-replies", quickReply);
        return new Owned(tenantId, ids, List.of(number.connectionId(), conversation, secretText, customer,
                number.phoneNumberId(), key.path("id"), key.path("prefix"), quickReply, replyText), key.path("key"));
    }
}
