package com.waplatform.bench;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The least work any gateway has to do per webhook on this machine under the ingestion contract: a bare Vert.x
 * server that hands the body to Kafka as two records (the raw webhook and one event) with the gateway's producer
 * settings (acks=all, idempotent, linger 1 ms; {@code -Dhandoff.linger.ms} to try others) and answers 200 once both
 * are acknowledged — no verification, normalization, Redis or framework. Its records go to a topic of its own,
 * deleted afterwards.
 */
final class KafkaHandOffServer implements AutoCloseable {

    static final String TOPIC = "bench.handoff";

    private final Admin admin;
    private final KafkaProducer<String, String> producer;
    private final HttpServer server;

    private KafkaHandOffServer(Admin admin, KafkaProducer<String, String> producer, HttpServer server) {
        this.admin = admin;
        this.producer = producer;
        this.server = server;
    }

    static KafkaHandOffServer start(Vertx vertx, String bootstrap) throws Exception {
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        try {
            admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) { // left by an interrupted run: reused
                throw e;
            }
        }
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, Integer.getInteger("handoff.linger.ms", 1));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        KafkaProducer<String, String> producer = new KafkaProducer<>(props);
        HttpServer server = vertx.createHttpServer()
                .requestHandler(req -> req.body().onSuccess(body -> handOver(producer, req, body.toString())))
                .listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return new KafkaHandOffServer(admin, producer, server);
    }

    private static void handOver(KafkaProducer<String, String> producer, HttpServerRequest req, String body) {
        Context context = Vertx.currentContext();
        AtomicInteger pending = new AtomicInteger(2);
        String key = req.path();
        for (int i = 0; i < 2; i++) {
            producer.send(new ProducerRecord<>(TOPIC, key, body), (metadata, failure) -> {
                if (failure != null || pending.decrementAndGet() == 0) {
                    context.runOnContext(v -> {
                        if (!req.response().ended()) {
                            req.response().setStatusCode(failure == null ? 200 : 503).end();
                        }
                    });
                }
            });
        }
    }

    int port() {
        return server.actualPort();
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        producer.close();
        admin.deleteTopics(List.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
        admin.close();
    }
}
