package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Per-number pacing: a burst of 500 send commands for one number goes out at its configured rate (measured from
 * the simulator's receipt times, printed) while another number's messages, queued in the middle of the burst,
 * are not held back; every message is sent exactly once.
 */
class SendLimitsTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";
    private static final int BURST = 500;
    private static final int RATE = 80;

    @Test
    void aBurstIsPacedPerNumberAndOtherNumbersAreNotDelayed() throws Exception {
        // no status webhooks: the burst alone is measured, not the 1,500 status updates it would cause
        CloudApiNumber busy = CloudApiNumber.connect("acme-admin", false);
        CloudApiNumber quiet = CloudApiNumber.connect("acme-admin", false);
        try (KafkaProducer<String, String> producer = producer()) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                acks.add(producer.send(textCommand(busy.connectionId(), "5521" + (700_000_000 + i), "burst " + i)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
            // the other number writes while the burst is being paced (a few seconds into it)
            await().atMost(Duration.ofSeconds(60)).until(() -> sent(busy).size() >= 3 * RATE);
            Map<String, Long> quietSentAt = new java.util.concurrent.ConcurrentHashMap<>();
            for (int i = 0; i < 10; i++) {
                String to = "5531" + (800_000_000 + i);
                quietSentAt.put(to, System.currentTimeMillis());
                producer.send(textCommand(quiet.connectionId(), to, "quiet " + i)).get();
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> sent(busy).size() >= BURST && sent(quiet).size() >= 10);
            List<JsonNode> burst = sent(busy);
            Thread.sleep(1000);
            assertEquals(BURST, sent(busy).size(), "a message was sent twice");
            assertEquals(BURST, new HashSet<>(burst.stream().map(m -> m.path("to").asText()).toList()).size(),
                    "every message exactly once");

            long first = burst.stream().mapToLong(m -> m.path("receivedAtMillis").asLong()).min().orElseThrow();
            long last = burst.stream().mapToLong(m -> m.path("receivedAtMillis").asLong()).max().orElseThrow();
            int busiest = busiest(burst, 1000);
            int busiestTwo = busiest(burst, 2000);
            double rate = (BURST - 1) * 1000.0 / Math.max(1, last - first);
            long worstQuietDelay = sent(quiet).stream().mapToLong(m -> m.path("receivedAtMillis").asLong()
                    - quietSentAt.get(m.path("to").asText())).max().orElseThrow();
            System.out.printf("pacing: %d messages to one number in %.2f s = %.1f msg/s (limit %d/s; busiest "
                    + "second at the provider %d, busiest two seconds %d); another number's messages, sent during "
                    + "the burst, waited at most %d ms%n", BURST, (last - first) / 1000.0, rate, RATE, busiest,
                    busiestTwo, worstQuietDelay);

            // slots are 1/RATE s apart and never used early: the burst cannot be faster than the limit; a stall of
            // this (small, shared) machine can bunch at most a quarter second's slots, plus receipt jitter
            assertTrue(rate <= RATE * 1.05, "faster than the limit: " + rate);
            assertTrue(busiestTwo <= 2 * RATE + RATE / 2, "more than the limit in two seconds: " + busiestTwo);
            assertTrue(worstQuietDelay < Math.min(3000, (last - first) / 2),
                    "the other number was held back " + worstQuietDelay + " ms");
        }
    }

    /** The most messages the simulator received within any {@code windowMillis}. */
    private static int busiest(List<JsonNode> sent, long windowMillis) {
        long[] times = sent.stream().mapToLong(m -> m.path("receivedAtMillis").asLong()).sorted().toArray();
        int best = 0;
        for (int start = 0, end = 0; end < times.length; end++) {
            while (times[end] - times[start] >= windowMillis) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }

    private static List<JsonNode> sent(CloudApiNumber number) {
        List<JsonNode> all = new ArrayList<>();
        Stack.json(Stack.simulator().get("/control/meta/numbers/" + number.phoneNumberId() + "/sent").asString())
                .forEach(all::add);
        return all;
    }

    static ProducerRecord<String, String> textCommand(String connectionId, String to, String text) {
        return command(connectionId, to, "{\"type\":\"text\",\"text\":\"" + text + "\"}");
    }

    /** A send command of acme's as message-service writes it; {@code content} holds type and content fields. */
    static ProducerRecord<String, String> command(String connectionId, String to, String content) {
        String payload = "{\"messageId\":\"" + UUID.randomUUID() + "\",\"to\":\"" + to + "\","
                + content.substring(1);
        String envelope = """
                {"eventId":"%s","type":"message.send.requested","tenantId":"%s","occurredAt":"%s",
                 "connectionId":"%s","schemaVersion":1,"payload":%s}"""
                .formatted(UUID.randomUUID(), ACME, Instant.now(), connectionId, payload);
        return new ProducerRecord<>("message.outbound", ACME, envelope);
    }

    static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props);
    }
}
