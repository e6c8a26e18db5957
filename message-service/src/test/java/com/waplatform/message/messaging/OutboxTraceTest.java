package com.waplatform.message.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.waplatform.persistence.tracing.TraceParent;
import com.waplatform.web.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

/** An outbox event is published as a part of the trace it was written in: its record's traceparent header. */
@QuarkusTest
class OutboxTraceTest {

    private static final String TOPIC = "test.outbox-trace";

    @Inject
    Pool pool;

    @Test
    void theRecordContinuesTheTraceOfTheTransactionThatWroteTheEvent() throws Exception {
        String bootstrap = ConfigProvider.getConfig().getOptionalValue("kafka.bootstrap.servers", String.class)
                .orElse("localhost:9092");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String payload = "traced " + UUID.randomUUID();
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = TestTopics.partitionsOf(consumer, TOPIC);
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            pool.preparedQuery("INSERT INTO outbox_event (topic, record_key, payload, traceparent) "
                    + "VALUES ($1, $2, $3, $4)").execute(Tuple.of(TOPIC, "t-trace", payload,
                    "00-" + traceId + "-00f067aa0ba902b7-01")).await().atMost(Duration.ofSeconds(30));

            ConsumerRecord<String, String> published = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (published == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (payload.equals(record.value())) {
                        published = record;
                    }
                }
            }
            String header = published == null ? null : TraceParent.of(published.headers());
            assertEquals(traceId, header == null ? null : header.split("-")[1], "traceparent " + header);
        }
    }
}
