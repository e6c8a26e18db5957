package com.waplatform.gateway.replay;

import com.waplatform.contracts.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The topic the raw webhooks are kept on (where the gateway writes them), read outside any consumer group. */
@ApplicationScoped
public class RawTopic {

    private final Map<String, Object> kafkaConfig;
    private final String topic;

    public RawTopic(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "mp.messaging.outgoing.webhook-raw.topic", defaultValue = Topics.WEBHOOK_RAW)
            String topic) {
        this.kafkaConfig = kafkaConfig;
        this.topic = topic;
    }

    /** A consumer that commits nothing; the caller assigns it partitions and closes it. */
    public KafkaConsumer<String, String> consumer() {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.getOrDefault("bootstrap.servers",
                "127.0.0.1:9092"));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        return new KafkaConsumer<>(props);
    }

    public List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        return consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }
}
