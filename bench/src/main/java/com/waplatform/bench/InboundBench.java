package com.waplatform.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Inbound messages persisted per second by the running message-service (normalized events put on
 * {@code whatsapp.inbound}, counted in its database: each is a contact lookup, a conversation, a message and an
 * outbox event, once per provider id), beside plain batched INSERTs of as many message rows into the same
 * PostgreSQL, measured in the same run. Options: -Dmessages=10000 -Dtenants=4 -Dcustomers=200.
 */
public final class InboundBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InboundBench() {
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.getInteger("messages", 10_000);
        int tenants = Integer.getInteger("tenants", 4);
        int customers = Integer.getInteger("customers", 200);
        String kafka = System.getProperty("kafka.bootstrap", "127.0.0.1:9092");
        // the local stack's database and owner role (dev-only password of deploy/lib/postgres.sh)
        String url = System.getProperty("db.url", "jdbc:postgresql://127.0.0.1:5432/wa_message"
                + "?reWriteBatchedInserts=true");
        String password = System.getProperty("db.password", "dev-only-password");
        try (Connection db = DriverManager.getConnection(url, "wa_message_owner", password)) {
            try (Statement s = db.createStatement()) {
                s.execute("select set_config('app.bypass_rls', 'on', false)");
            }
            double baseline = baseline(db, messages);
            List<String> ids = new ArrayList<>();
            for (int t = 0; t < tenants; t++) {
                ids.add("bench-" + UUID.randomUUID());
            }
            long start = System.nanoTime();
            publish(kafka, ids, messages, customers);
            long published = System.nanoTime();
            long stored = 0;
            long deadline = System.currentTimeMillis() + 120_000 + messages * 20L;
            while (stored < messages && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
                stored = count(db, ids);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("published %d events to whatsapp.inbound in %.2f s (%d tenants, %d customers)%n",
                    messages, (published - start) / 1e9, tenants, customers);
            System.out.printf("message-service: %d of %d inbound messages persisted in %.2f s = %.0f msg/s%n",
                    stored, messages, seconds, stored / seconds);
            System.out.printf("baseline, plain batched INSERTs (500 rows a batch) into the same PostgreSQL: %.0f rows/s"
                    + "%nmessage-service reaches %.1f %% of the baseline%n", baseline, 100 * stored / seconds / baseline);
            cleanUp(db, ids);
            if (stored < messages) {
                System.exit(1);
            }
        }
    }

    /** Rows per second of plain batched inserts into a temporary copy of the message table. */
    private static double baseline(Connection db, int rows) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("create temporary table bench_message (like message including defaults)");
        }
        db.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("insert into bench_message (id, tenant_id, "
                + "conversation_id, direction, sender, type, text, provider_message_id, created_at) values "
                + "(?, 'baseline', ?, 'INBOUND', 'CUSTOMER', 'text', ?, ?, ?)")) {
            UUID conversation = UUID.randomUUID();
            for (int i = 0; i < rows; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, conversation);
                insert.setString(3, "baseline message " + i);
                insert.setString(4, "wamid.baseline-" + i);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.addBatch();
                if (i % 500 == 499) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        db.setAutoCommit(true);
        return rows / seconds;
    }

    private static void publish(String kafka, List<String> tenants, int messages, int customers) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        List<UUID> connections = tenants.stream().map(t -> UUID.randomUUID()).toList();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < messages; i++) {
                int t = i % tenants.size();
                ObjectNode payload = JSON.createObjectNode()
                        .put("provider", "META")
                        .put("providerMessageId", "wamid.bench-" + UUID.randomUUID())
                        .put("from", "5511" + (900_000_000 + i % customers))
                        .put("profileName", "Bench customer " + i % customers)
                        .put("timestamp", Instant.now().toString())
                        .put("type", "text")
                        .put("text", "bench message " + i);
                ObjectNode envelope = JSON.createObjectNode()
                        .put("eventId", UUID.randomUUID().toString())
                        .put("type", "message.received")
                        .put("tenantId", tenants.get(t))
                        .put("occurredAt", Instant.now().toString())
                        .put("connectionId", connections.get(t).toString())
                        .put("schemaVersion", 1);
                envelope.set("payload", payload);
                producer.send(new ProducerRecord<>("whatsapp.inbound", tenants.get(t), envelope.toString()));
            }
            producer.flush();
        }
    }

    private static long count(Connection db, List<String> tenants) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("select count(*) from message where tenant_id = any(?)")) {
            q.setArray(1, db.createArrayOf("varchar", tenants.toArray()));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The bench tenants are not real tenants: their rows go again. */
    private static void cleanUp(Connection db, List<String> tenants) throws SQLException {
        for (String table : List.of("automation_delivery", "message", "conversation", "contact")) {
            try (PreparedStatement delete = db.prepareStatement("delete from " + table
                    + " where tenant_id = any(?)")) {
                delete.setArray(1, db.createArrayOf("varchar", tenants.toArray()));
                delete.executeUpdate();
            }
        }
    }
}
