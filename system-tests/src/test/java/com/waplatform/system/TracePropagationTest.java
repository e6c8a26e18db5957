package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One inbound WhatsApp message is one trace: the trace a webhook arrives in (its W3C traceparent header) goes from
 * the gateway through whatsapp.inbound to message-service, through message-service's outbox and conversation.events
 * to realtime-service, and its id is on the log lines each of them writes for that message.
 */
class TracePropagationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path LOGS = Path.of(System.getProperty("stack.logs", "../.stack/logs"));

    @Test
    void theWebhooksTraceIdIsOnTheLogLinesOfMessageServiceAndRealtimeServiceForThatMessage() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin", false);
        String traceId = hex(16);
        String from = Conversations.randomCustomer();
        String wamid = "wamid.TRACE" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), from, "Ana Trace",
                MetaPayloads.message(wamid, from, "text", "{\"body\":\"follow me\"}"))))).getBytes(StandardCharsets.UTF_8);
        try (LiveSocket admin = LiveSocket.open(Stack.token("acme-admin"))) {
            await().atMost(WAIT).until(() -> !admin.frames("hello", f -> true).isEmpty());
            assertTrue(lines("message-service", traceId).isEmpty() && lines("realtime-service", traceId).isEmpty());

            Stack.anonymous().header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                    .header("X-Hub-Signature-256", MetaPayloads.sign(body, number.appSecret()))
                    .body(body).post("/webhooks/meta/" + number.connectionId()).then().statusCode(200);

            await().atMost(WAIT).until(() -> admin.all().stream().anyMatch(f -> f.toString().contains(from)));
            await().atMost(WAIT).untilAsserted(() -> {
                List<String> stored = lines("message-service", traceId);
                assertFalse(stored.isEmpty() || stored.stream().noneMatch(l -> l.contains("stored in conversation")),
                        "message-service's lines of trace " + traceId + ": " + stored);
                List<String> sent = lines("realtime-service", traceId);
                assertFalse(sent.stream().noneMatch(l -> l.contains("handed to its sockets")),
                        "realtime-service's lines of trace " + traceId + ": " + sent);
            });
            assertTrue(lines("message-service", traceId).stream().noneMatch(l -> l.contains("follow me")),
                    "the customer's text is not logged");
        }
    }

    @Test
    void anAgentsReplyIsOneTraceToTheProviderCallAndBack() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin", false);
        String from = Conversations.randomCustomer();
        // the customer wrote just now: the service window is open
        String message = MetaPayloads.message("wamid.TRACE" + UUID.randomUUID().toString().replace("-", ""), from,
                "text", "{\"body\":\"can you answer?\"}").replace(MetaPayloads.TIMESTAMP,
                String.valueOf(System.currentTimeMillis() / 1000));
        byte[] body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), from, "Rui Trace",
                message)))).getBytes(StandardCharsets.UTF_8);
        Stack.anonymous().header("X-Hub-Signature-256", MetaPayloads.sign(body, number.appSecret()))
                .body(body).post("/webhooks/meta/" + number.connectionId()).then().statusCode(200);
        String conversation = await().atMost(WAIT).until(() -> Stack.as("acme-agent")
                .get("/api/conversations?connectionId=" + number.connectionId()).then().statusCode(200).extract()
                .<String>path("find { it.connectionId == '" + number.connectionId() + "' }.id"), id -> id != null);

        String traceId = hex(16);
        String messageId = Stack.as("acme-agent").header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .body("{\"text\":\"here I am\"}")
                .post("/api/conversations/" + conversation + "/messages").then().statusCode(202).extract().path("id");

        await().atMost(WAIT).untilAsserted(() -> {
            List<String> sent = lines("session-service", traceId);
            assertFalse(sent.stream().noneMatch(l -> l.contains("message " + messageId + " sent on connection")),
                    "session-service's lines of trace " + traceId + ": " + sent);
            List<String> back = lines("message-service", traceId);
            assertFalse(back.stream().noneMatch(l -> l.contains("message " + messageId + " accepted by the provider")),
                    "message-service's lines of trace " + traceId + ": " + back);
        });
    }

    /** The lines of the service's log (every replica's) that name the trace. */
    private static List<String> lines(String service, String traceId) {
        try (Stream<Path> logs = Files.list(LOGS)) {
            return logs.filter(f -> f.getFileName().toString().startsWith(service)).flatMap(f -> {
                try {
                    return Files.readAllLines(f, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(l -> l.contains(traceId)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
