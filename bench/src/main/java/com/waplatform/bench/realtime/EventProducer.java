package com.waplatform.bench.realtime;

import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes {@code conversation.message.created} events of about 1 KB to {@code conversation.events}, keyed by
 * tenant like message-service's, each carrying the benchmark mark (sequence number, tenant sequence number and
 * send time in epoch micros) in its payload.
 */
final class EventProducer implements AutoCloseable {

    static final String TOPIC = "conversation.events";
    /** The size of an event, about that of a customer's text message with its envelope. */
    private static final int EVENT_BYTES = 1024;
    private static final String WORDS = "Olá, boa tarde! Gostaria de saber se o pedido 48213 já foi enviado e qual "
            + "é o prazo de entrega para o CEP 01310-100. Preciso receber antes de sexta-feira porque é um presente "
            + "de aniversário. Também queria trocar o endereço de entrega para o escritório, se ainda for possível. ";

    private final KafkaProducer<String, String> producer;

    EventProducer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    /** Sends event {@code seq} of the tenant, recorded in {@code deliveries} (if any) as due at {@code sockets}. */
    void send(String tenantId, int seq, int tenantSeq, Deliveries deliveries, int sockets) {
        long now = Micros.now();
        if (deliveries != null) {
            deliveries.sent(seq, now, sockets);
        }
        producer.send(new ProducerRecord<>(TOPIC, tenantId, event(tenantId, seq, tenantSeq, now)));
    }

    /** Calls {@code send} with 0 … count-1 at {@code perSecond} (open loop: on schedule, whatever came back). */
    static void paced(int count, double perSecond, java.util.function.IntConsumer send) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send.accept(i);
        }
    }

    /** How many partitions the topic has. */
    int partitions() {
        return producer.partitionsFor(TOPIC).size();
    }

    void flush() {
        producer.flush();
    }

    /** A customer's text message as message-service publishes it, padded to about 1 KB. */
    static String event(String tenantId, int seq, int tenantSeq, long sentAtMicros) {
        String now = Instant.now().toString();
        String head = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"conversation.message.created\","
                + "\"tenantId\":\"" + tenantId + "\",\"occurredAt\":\"" + now + "\",\"connectionId\":\""
                + UUID.randomUUID() + "\",\"schemaVersion\":1,\"payload\":{\"conversationId\":\"" + UUID.randomUUID()
                + "\"," + ClientSocket.MARK + seq + "/" + tenantSeq + "/" + sentAtMicros + "\",\"contact\":{\"id\":\""
                + UUID.randomUUID() + "\",\"waId\":\"5511987654321\",\"name\":\"Maria Oliveira\"},\"message\":{"
                + "\"id\":\"" + UUID.randomUUID() + "\",\"direction\":\"INBOUND\",\"sender\":\"CUSTOMER\","
                + "\"type\":\"text\",\"text\":\"";
        String tail = "\",\"providerMessageId\":\"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDMEY3RkE0QzE2QjU3QUU5\","
                + "\"status\":\"RECEIVED\",\"createdAt\":\"" + now + "\"}}}";
        int room = Math.max(16, EVENT_BYTES - head.length() - tail.length());
        StringBuilder text = new StringBuilder(room);
        while (text.length() < room) {
            text.append(WORDS, 0, Math.min(WORDS.length(), room - text.length()));
        }
        return head + text + tail;
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
