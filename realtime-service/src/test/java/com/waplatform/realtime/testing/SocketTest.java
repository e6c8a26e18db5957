package com.waplatform.realtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;

/** What the socket tests share: opening sockets of the demo users (closed after each test) and publishing events. */
public abstract class SocketTest {

    protected static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/ws")
    protected URI endpoint;

    protected final KafkaProducer<String, String> kafka = TestEvents.producer();
    private final List<TestSocket> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void closeSockets() {
        opened.forEach(TestSocket::close);
        kafka.close();
    }

    /** A socket of the demo user; {@code query} is added to the address as it is ("" or "?resume=…"). */
    protected TestSocket open(String user, String query) throws Exception {
        return openWithToken(DemoTokens.of(user), query);
    }

    protected TestSocket openWithToken(String token, String query) throws Exception {
        TestSocket socket = TestSocket.open(URI.create(endpoint.toString().replaceFirst("^http", "ws") + query),
                token);
        opened.add(socket);
        return socket;
    }

    /** A socket of the demo user coming back with {@code position} ({@code ?resume=}); null: a fresh one. */
    protected TestSocket openAt(String user, String position) throws Exception {
        return open(user, position == null ? "" : "?resume=" + URLEncoder.encode(position, StandardCharsets.UTF_8));
    }

    /** Publishes {@code count} new messages of the tenant ("{@code text} 0", "{@code text} 1"…), flushed; their ids. */
    protected List<String> publishMessages(String tenantId, int count, String text) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String numbered = text + " " + i;
            ids.add(publish(Topics.CONVERSATION_EVENTS, tenantId, EventTypes.CONVERSATION_MESSAGE_CREATED,
                    payload -> payload.put("text", numbered)));
        }
        kafka.flush();
        return ids;
    }

    /** Publishes an event as the services do (keyed by tenant); its id. */
    protected String publish(String topic, String tenantId, String type, Consumer<ObjectNode> payload) {
        String id = UUID.randomUUID().toString();
        ObjectNode envelope = JSON.createObjectNode().put("eventId", id).put("type", type).put("tenantId", tenantId)
                .put("occurredAt", "2026-12-02T10:00:00Z");
        payload.accept(envelope.putObject("payload"));
        kafka.send(new ProducerRecord<>(topic, tenantId, envelope.toString()));
        return id;
    }

    /** A claim of the demo user's token (tenant_id, sub…). */
    protected static String claim(String user, String name) throws Exception {
        return claims(DemoTokens.of(user)).path(name).asText();
    }

    protected static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    protected static List<String> ids(List<JsonNode> events) {
        return events.stream().map(e -> e.path("eventId").asText()).toList();
    }
}
