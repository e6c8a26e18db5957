package com.waplatform.realtime.testing;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishing events as the services do: keyed by tenant, to the broker the service under test reads. */
public final class TestEvents {

    private TestEvents() {
    }

    public static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", ConfigProvider.getConfig().getOptionalValue("kafka.bootstrap.servers", String.class)
                .orElse("localhost:9092"));
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        p.put("acks", "all");
        p.put("linger.ms", "5");
        return new KafkaProducer<>(p);
    }
}
