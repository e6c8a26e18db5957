package com.waplatform.bench.realtime;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The baseline: the least a fan-out server does. Sockets on {@code /ws?tenant=<id>} (nothing checked); one plain
 * Kafka consumer assigned every partition of the topic from its end writes each record's value, as it is, to every
 * open socket of the record's key (Vert.x hands each write to the socket's event loop; handing each record once per
 * event loop instead measured no faster here). No positions, resume, limits or parsing. {@code GET /ready} answers
 * 200 once the consumer is at the end of every partition. Run as its own JVM:
 * {@code BareFanOutServer <port> <bootstrap>}.
 */
public final class BareFanOutServer {

    private static final Map<String, Set<ServerWebSocket>> BY_TENANT = new ConcurrentHashMap<>();
    private static volatile boolean consuming;

    private BareFanOutServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String bootstrap = args[1];
        Vertx vertx = Vertx.vertx();
        // one server instance per event loop, like Quarkus's HTTP server
        int instances = 2 * Runtime.getRuntime().availableProcessors();
        vertx.deployVerticle(() -> new Sockets(port), new DeploymentOptions().setInstances(instances))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        consume(bootstrap, EventProducer.TOPIC);
    }

    /** Accepts the sockets and answers the readiness check. */
    private static final class Sockets extends AbstractVerticle {
        private final int port;

        Sockets(int port) {
            this.port = port;
        }

        @Override
        public void start(Promise<Void> started) {
            vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("127.0.0.1"))
                    .requestHandler(BareFanOutServer::request)
                    .listen().<Void>mapEmpty().onComplete(started);
        }
    }

    /** {@code /ws?tenant=…}: a socket of that tenant; {@code /ready}: whether the consumer is at the end. */
    private static void request(HttpServerRequest req) {
        String tenant = req.getParam("tenant");
        if ("/ws".equals(req.path()) && tenant != null) {
            req.toWebSocket().onSuccess(ws -> accept(ws, tenant));
        } else {
            req.response().setStatusCode("/ready".equals(req.path()) && consuming ? 200 : 503).end();
        }
    }

    private static void accept(ServerWebSocket ws, String tenant) {
        Set<ServerWebSocket> sockets = BY_TENANT.computeIfAbsent(tenant, t -> ConcurrentHashMap.newKeySet());
        sockets.add(ws);
        ws.closeHandler(v -> sockets.remove(ws));
        ws.exceptionHandler(e -> { });
    }

    /** Reads the topic from its end for ever and writes each record to its tenant's sockets. */
    private static void consume(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = kafka.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToEnd(partitions);
            partitions.forEach(kafka::position); // resolves the end now, so that nothing sent after "ready" is missed
            consuming = true;
            while (true) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(100))) {
                    Set<ServerWebSocket> sockets = record.key() == null ? null : BY_TENANT.get(record.key());
                    if (sockets != null) {
                        for (ServerWebSocket ws : sockets) {
                            ws.writeTextMessage(record.value());
                        }
                    }
                }
            }
        }
    }
}
