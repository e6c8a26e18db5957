package com.waplatform.realtime.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Each instance reads every event in a group of its own, and commits no offsets in it: Kafka then forgets the
 * group when the instance stops, instead of keeping one more group per restart.
 */
@QuarkusTest
class NoCommittedOffsetsTest {

    @Test
    void anInstanceThatConsumedEventsLeavesNoOffsetsInItsGroup() throws Exception {
        var config = ConfigProvider.getConfig();
        String servers = config.getValue("kafka.bootstrap.servers", String.class);
        String group = config.getValue("mp.messaging.incoming.conversation-events.group.id", String.class);
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        try (Admin admin = Admin.create(properties)) {
            awaitMember(admin, group);
            properties.put("key.serializer", StringSerializer.class.getName());
            properties.put("value.serializer", StringSerializer.class.getName());
            String tenant = "t-offsets-" + UUID.randomUUID();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
                for (int i = 0; i < 5; i++) {
                    producer.send(new ProducerRecord<>("conversation.events", tenant, "{\"eventId\":\""
                            + UUID.randomUUID() + "\",\"type\":\"conversation.updated\",\"tenantId\":\"" + tenant
                            + "\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"schemaVersion\":1,\"payload\":{}}")).get();
                }
            }
            // longer than the connector's commit interval (5 s), had it committed
            Thread.sleep(Duration.ofSeconds(8).toMillis());
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            System.out.println("realtime group " + group + ": " + committed.size() + " committed offsets");
            assertEquals(Map.of(), committed);
        }
    }

    private static void awaitMember(Admin admin, String group) throws Exception {
        for (int i = 0; i < 60; i++) {
            var description = admin.describeConsumerGroups(java.util.List.of(group)).all().get().get(group);
            if (description != null && !description.members().isEmpty()
                    && description.members().stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the realtime consumer never joined " + group);
    }
}
