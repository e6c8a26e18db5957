package com.waplatform.tenant.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.contracts.Topics;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The module tests share the local stack's Kafka, and every service of the stack keeps, of each tenant, the snapshot
 * with the highest version it reads on {@code tenant.events}: a test's change of a tenant published there could
 * outrank the stack's own. The tests' snapshots go to {@code test.tenant.events} instead, and only there.
 */
@QuarkusTest
class TenantEventsTopicTest {

    private static final String TEST_TOPIC = "test.tenant.events";
    @Test
    void aTestsTenantChangeIsPublishedOnTheTestTopicAndNotOnTheStacks() {
        String bootstrap = ConfigProvider.getConfig().getOptionalValue("kafka.bootstrap.servers", String.class)
                .orElse("localhost:9092");
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = List.of(TEST_TOPIC, Topics.TENANT_EVENTS).stream()
                    .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                            .map(p -> new TopicPartition(topic, p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            String slug = "topic-" + UUID.randomUUID().toString().substring(0, 8);
            String key = platform().body("{\"slug\":\"" + slug + "\",\"name\":\"Topic test\"}")
                    .post("/api/admin/tenants").then().statusCode(201).extract().path("id");

            Map<String, Integer> seen = new HashMap<>(Map.of(TEST_TOPIC, 0, Topics.TENANT_EVENTS, 0));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        seen.merge(record.topic(), 1, Integer::sum);
                    }
                }
                if (quietUntil == Long.MAX_VALUE && seen.get(TEST_TOPIC) > 0) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
            assertTrue(seen.get(TEST_TOPIC) > 0, "the new tenant's snapshot is on " + TEST_TOPIC + ": " + seen);
            assertEquals(0, seen.get(Topics.TENANT_EVENTS), "nothing of the test's tenant on the stack's topic");
            platform().delete("/api/admin/tenants/" + key).then().statusCode(204);
            platform().body("{\"confirmSlug\":\"" + slug + "\"}").post("/api/admin/tenants/" + key + "/purge")
                    .then().statusCode(200);
        }
    }

    private static RequestSpecification platform() {
        return given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json");
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props);
    }
}
