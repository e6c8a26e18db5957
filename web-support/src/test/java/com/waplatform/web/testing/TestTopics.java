package com.waplatform.web.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Kafka topics of one test (so that a running stack never sees its records): created if missing, a producer that
 * waits for every replica, and a tail that counts what arrives on a topic (a dead-letter topic) from now on.
 */
public final class TestTopics {

    private TestTopics() {
    }

    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static void create(String... topics) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    public static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap());
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        props.put("acks", "all");
        return new KafkaProducer<>(props);
    }

    /** Reads {@code topic} from its current end: what is published after this call. */
    public static Tail tail(String topic) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = partitionsOf(consumer, topic);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new Tail(consumer);
    }

    /**
     * The partitions of a topic, waiting (up to 30 s) until the broker's metadata lists them: a topic created a moment
     * ago may not be listed yet, and assigning no partition would leave the consumer reading nothing.
     */
    public static List<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<PartitionInfo> found = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (found != null && !found.isEmpty()) {
                return found.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                consumer.close();
                throw new IllegalStateException("topic " + topic + " has no partitions after 30 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                consumer.close();
                throw new IllegalStateException("interrupted while waiting for topic " + topic, e);
            }
        }
    }

    /** The records of a topic since {@link #tail(String)}. */
    public static final class Tail implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;

        private Tail(KafkaConsumer<String, String> consumer) {
            this.consumer = consumer;
        }

        /** How many records whose value contains {@code text} arrive, polling for {@code listen}. */
        public int count(String text, Duration listen) {
            int found = 0;
            long until = System.nanoTime() + listen.toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null && record.value().contains(text)) {
                        found++;
                    }
                }
            }
            return found;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
