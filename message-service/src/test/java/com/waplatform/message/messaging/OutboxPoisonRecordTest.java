package com.waplatform.message.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.web.testing.TestTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * An outbox event Kafka can never take (larger than the producer's max.request.size) is set aside with its reason;
 * the events queued before and after it, of other tenants, are each published exactly once.
 */
@QuarkusTest
class OutboxPoisonRecordTest {

    private static final String TOPIC = "test.outbox-relay";
    private static final int EACH_SIDE = 5;

    @Inject
    Pool pool;

    @Inject
    MeterRegistry metrics;

    @Test
    void anUnpublishableEventIsSetAsideAndTheOthersArePublishedExactlyOnce() throws Exception {
        String bootstrap = ConfigProvider.getConfig().getOptionalValue("kafka.bootstrap.servers", String.class)
                .orElse("localhost:9092");
        createTopic(bootstrap);
        String run = UUID.randomUUID().toString();
        List<String> expected = new ArrayList<>();
        List<Tuple> rows = new ArrayList<>();
        for (int i = 0; i < EACH_SIDE; i++) {
            expected.add(event(rows, run, "before-" + i));
        }
        String poison = run + " poison " + "x".repeat(1_200_000);
        rows.add(Tuple.of(TOPIC, "t-poison-" + run, poison));
        for (int i = 0; i < EACH_SIDE; i++) {
            expected.add(event(rows, run, "after-" + i));
        }
        double deadBefore = metrics.counter("outbox.dead.lettered", "topic", TOPIC).count();

        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = TestTopics.partitionsOf(consumer, TOPIC);
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            pool.withTransaction(conn -> conn.preparedQuery(
                    "INSERT INTO outbox_event (topic, record_key, payload) VALUES ($1, $2, $3)").executeBatch(rows))
                    .await().atMost(Duration.ofSeconds(30));

            Map<String, Integer> counts = new TreeMap<>();
            expected.forEach(e -> counts.put(e, 0));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().startsWith(run)) {
                        counts.merge(record.value(), 1, Integer::sum);
                    }
                }
                if (quietUntil == Long.MAX_VALUE && counts.values().stream().allMatch(n -> n > 0)) {
                    // everything arrived once: keep listening a while, a relay that re-sends would do it now
                    quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                }
            }
            int published = counts.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("outbox poison record: %d events queued around it, %d records published, "
                    + "per event %s%n", expected.size(), published, counts.values());
            counts.forEach((event, n) -> assertEquals(1, n, event + " must be published exactly once"));
        }

        Row poisonRow = pool.preparedQuery("SELECT attempts, last_error, dead_lettered_at FROM outbox_event "
                + "WHERE record_key = $1").execute(Tuple.of("t-poison-" + run))
                .await().atMost(Duration.ofSeconds(10)).iterator().next();
        System.out.printf("outbox poison record: set aside after %d attempt(s): %s%n",
                poisonRow.getInteger("attempts"), poisonRow.getString("last_error"));
        assertNotNull(poisonRow.getOffsetDateTime("dead_lettered_at"), "the unpublishable event is set aside");
        assertTrue(poisonRow.getString("last_error").contains("RecordTooLargeException"),
                poisonRow.getString("last_error"));
        assertEquals(deadBefore + 1, metrics.counter("outbox.dead.lettered", "topic", TOPIC).count());
        long waiting = pool.preparedQuery("SELECT count(*) FROM outbox_event WHERE payload LIKE $1")
                .execute(Tuple.of(run + "%")).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
        assertEquals(1, waiting, "only the unpublishable event stays, the published ones are gone");
    }

    private static String event(List<Tuple> rows, String run, String name) {
        String payload = run + " " + name;
        rows.add(Tuple.of(TOPIC, "t-" + name + "-" + run, payload));
        return payload;
    }

    private static void createTopic(String bootstrap) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        return new KafkaConsumer<>(props);
    }
}
