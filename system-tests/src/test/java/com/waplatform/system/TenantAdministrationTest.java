package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** Step 1 of the slice and the access rules around it. */
class TenantAdministrationTest {

    @Test
    void platformAdminCreatesATenantAndItIsPublishedKeyedByTenant() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor("tenant.events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            String slug = "sys-" + UUID.randomUUID().toString().substring(0, 8);
            String id = Stack.as("platform").body("{\"slug\":\"" + slug + "\",\"name\":\"System Test Co\"}")
                    .post("/api/admin/tenants")
                    .then().statusCode(201).body("slug", equalTo(slug)).body("status", equalTo("ACTIVE"))
                    .extract().path("id");
            Stack.as("platform").get("/api/admin/tenants/" + id).then().statusCode(200).body("slug", equalTo(slug));

            AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (id.equals(record.key())) {
                        found.set(record);
                    }
                }
                return found.get() != null;
            });
            JsonNode envelope = Stack.json(found.get().value());
            assertEquals("tenant.created", envelope.path("type").asText());
            assertEquals(id, envelope.path("tenantId").asText());
            assertEquals(slug, envelope.path("payload").path("slug").asText());
        }
    }

    @Test
    void duplicateSlugIsAConflictAndBadInputIsExplained() {
        Stack.as("platform").body("{\"slug\":\"acme\",\"name\":\"Again\"}").post("/api/admin/tenants")
                .then().statusCode(409).body("detail", equalTo("The slug 'acme' is already in use"));
        Stack.as("platform").body("{\"slug\":\"Not A Slug\",\"name\":\"\"}").post("/api/admin/tenants")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItems("slug", "name"));
        Stack.as("platform").body("{\"slug\":").post("/api/admin/tenants").then().statusCode(400);
    }

    @Test
    void agentsAreForbiddenAndAnonymousCallersUnauthorized() {
        Stack.as("acme-agent").body("{\"slug\":\"x\",\"name\":\"y\"}").post("/api/admin/tenants")
                .then().statusCode(403).body("status", equalTo(403));
        Stack.as("acme-admin").get("/api/admin/tenants").then().statusCode(403);
        for (String path : List.of("/api/admin/tenants", "/api/connections", "/api/conversations")) {
            Stack.anonymous().get(path).then().statusCode(401);
        }
        Stack.anonymous().auth().oauth2("not-a-token").get("/api/conversations").then().statusCode(401);
    }

    @Test
    void platformStaffSeeATenantsUsageBesideItsPlan() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        number.customerWrites("+5511955550000", "Overview", "counted " + UUID.randomUUID());
        String acme = "a0000000-0000-4000-8000-000000000001";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as("platform")
                .get("/api/admin/tenants/" + acme + "/overview").then().statusCode(200)
                .body("connections", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("agents", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("messagesThisMonth", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("maxConnections", org.hamcrest.Matchers.greaterThan(0)));
        Stack.as("acme-admin").get("/api/admin/tenants/" + acme + "/overview").then().statusCode(403);
        // the connection, created in session-service, is in the tenant's audit log (through audit.events) …
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as("acme-admin")
                .get("/api/audit?action=connection.create&size=200").then().statusCode(200)
                .body("target", org.hamcrest.Matchers.hasItem("connection:" + number.connectionId())));
        // … and platform staff's reads across tenants are recorded as bypasses, visible to platform staff only
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as("platform")
                .get("/api/audit?tenantId=platform&action=platform.bypass").then().statusCode(200)
                .body("target", org.hamcrest.Matchers.hasItem("read tenant " + acme)));
        Stack.as("acme-admin").get("/api/audit?action=platform.bypass").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props);
    }
}
