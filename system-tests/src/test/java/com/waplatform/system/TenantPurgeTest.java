package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant's life to its end: platform staff create it and its first admin, the admin connects a number and a
 * customer writes; after deletion, a purge (confirmed by the slug) removes it everywhere — users from Keycloak,
 * API keys, connections (the gateway forgets the number), conversations and messages.
 */
class TenantPurgeTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aDeletedTenantIsPurgedFromEveryService() {
        String slug = "purge-" + UUID.randomUUID().toString().substring(0, 8);
        String id = Stack.as("platform").body("{\"slug\":\"" + slug + "\",\"name\":\"Purge Test Co\"}")
                .post("/api/admin/tenants").then().statusCode(201).extract().path("id");
        String admin = slug + "-admin";
        Stack.as("platform").body("""
                {"username":"%s","email":"%s@purge.example","firstName":"First","lastName":"Admin",
                 "role":"tenant-admin","password":"%s","temporaryPassword":false}""".formatted(admin, admin,
                Stack.PASSWORD))
                .post("/api/admin/tenants/" + id + "/admins").then().statusCode(201)
                .body("role", equalTo("tenant-admin"));
        Stack.as("acme-admin").body("{\"username\":\"x\"}").post("/api/admin/tenants/" + id + "/admins").then()
                .statusCode(403);
        Stack.as("platform").body("""
                {"username":"%s-agent","email":"a@purge.example","firstName":"An","lastName":"Agent",
                 "role":"agent"}""".formatted(slug)).post("/api/admin/tenants/" + id + "/admins").then()
                .statusCode(422);

        CloudApiNumber number = CloudApiNumber.connect(admin);
        String customer = Conversations.randomCustomer();
        number.customerWrites("+" + customer, "Soon Gone", "hello before the purge");
        Conversations.of(admin, number.connectionId(), customer);
        String apiKey = Stack.as(admin).body("{\"name\":\"n8n\"}").post("/api/tenant/api-keys").then()
                .statusCode(201).extract().path("key");
        Stack.as("platform").get("/api/admin/tenants/" + id + "/overview").then().statusCode(200)
                .body("connections", equalTo(1)).body("messagesThisMonth", equalTo(1));

        Stack.as("platform").body("{\"confirmSlug\":\"" + slug + "\"}").post("/api/admin/tenants/" + id + "/purge")
                .then().statusCode(409).body("detail", containsString("delete it first"));
        Stack.as("platform").delete("/api/admin/tenants/" + id).then().statusCode(204);
        Stack.as("platform").body("{\"confirmSlug\":\"acme\"}").post("/api/admin/tenants/" + id + "/purge")
                .then().statusCode(422);
        Stack.as("platform").body("{}").post("/api/admin/tenants/" + id + "/purge").then().statusCode(400);
        Stack.as("platform").body("{\"confirmSlug\":\"" + slug + "\"}").post("/api/admin/tenants/" + id + "/purge")
                .then().statusCode(200).body("status", equalTo("PURGED")).body("slug", equalTo(slug));

        RestAssured.given().formParam("grant_type", "password").formParam("client_id", "web-app")
                .formParam("username", admin).formParam("password", Stack.PASSWORD)
                .post(Stack.KEYCLOAK + "/realms/wa/protocol/openid-connect/token").then().statusCode(401);
        await().atMost(WAIT).untilAsserted(() -> Stack.as("platform").get("/api/admin/tenants/" + id + "/overview")
                .then().statusCode(200).body("connections", equalTo(0)).body("messagesThisMonth", equalTo(0))
                .body("agents", equalTo(0)));
        Stack.anonymous().header("X-API-Key", apiKey).get("/api/automation/conversations/" + UUID.randomUUID())
                .then().statusCode(401);
        byte[] webhook = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), customer,
                "After", MetaPayloads.message("wamid.after-" + UUID.randomUUID(), customer, "text",
                        "{\"body\":\"anyone there?\"}"))))).getBytes(StandardCharsets.UTF_8);
        await().atMost(WAIT).untilAsserted(() -> Stack.anonymous()
                .header("X-Hub-Signature-256", MetaPayloads.sign(webhook, number.appSecret())).body(webhook)
                .post("/webhooks/meta/" + number.connectionId()).then().statusCode(404));
        Stack.as("platform").body("{\"confirmSlug\":\"" + slug + "\"}").post("/api/admin/tenants/" + id + "/purge")
                .then().statusCode(409).body("detail", containsString("purged already"));
    }
}
