package com.waplatform.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from "now" on (every partition, no consumer group): what the test caused, and nothing before. */
final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<JsonNode> seen = new ArrayList<>();

    private TopicTail(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    static TopicTail of(String topic) {
        return new TopicTail(topic);
    }

    /** Reads for up to {@code wait} or until {@code enough} holds; answers the envelopes that match. */
    List<JsonNode> read(Predicate<JsonNode> match, Duration wait, Predicate<List<JsonNode>> enough) {
        long end = System.currentTimeMillis() + wait.toMillis();
        List<JsonNode> found = new ArrayList<>(seen.stream().filter(match).toList());
        while (System.currentTimeMillis() < end && !enough.test(found)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                JsonNode envelope = Stack.json(record.value());
                seen.add(envelope);
                if (match.test(envelope)) {
                    found.add(envelope);
                }
            }
        }
        return found;
    }

    /** Everything of this connection read within {@code wait}. */
    List<JsonNode> ofConnection(String connectionId, Duration wait) {
        return read(e -> connectionId.equals(e.path("connectionId").asText()), wait, l -> false);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
