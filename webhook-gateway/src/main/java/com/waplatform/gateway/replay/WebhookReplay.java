package com.waplatform.gateway.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.gateway.messaging.InboundPublisher;
import com.waplatform.gateway.service.EvolutionNormalizer;
import com.waplatform.gateway.service.InboundEvent;
import com.waplatform.gateway.service.MetaNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Re-publishes the webhooks kept on {@code webhook.raw} for a time range: each raw body (verified when it arrived)
 * is normalized again and its events go to {@code whatsapp.inbound} once more, for instance after a consumer bug
 * was fixed. Safe because consumers are idempotent. Connection state and QR codes are not replayed (stale).
 */
@ApplicationScoped
public class WebhookReplay {

    private static final Logger LOG = Logger.getLogger(WebhookReplay.class);

    private final RawTopic rawTopic;
    private final InboundPublisher publisher;
    private final ObjectMapper objectMapper;
    private final MetaNormalizer meta;
    private final EvolutionNormalizer evolution;
    private final Map<String, ReplayJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "webhook-replay"));

    public WebhookReplay(RawTopic rawTopic, InboundPublisher publisher, ObjectMapper objectMapper) {
        this.rawTopic = rawTopic;
        this.publisher = publisher;
        this.objectMapper = objectMapper;
        this.meta = new MetaNormalizer(objectMapper);
        this.evolution = new EvolutionNormalizer(objectMapper);
    }

    public ReplayJob start(ReplayJob job) {
        jobs.put(job.id, job);
        worker.submit(() -> run(job));
        return job;
    }

    public Optional<ReplayJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(ReplayJob job) {
        try (KafkaConsumer<String, String> consumer = rawTopic.consumer()) {
            List<TopicPartition> partitions = rawTopic.partitions(consumer);
            consumer.assign(partitions);
            Map<TopicPartition, Long> starts = new HashMap<>();
            partitions.forEach(p -> starts.put(p, job.from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(starts);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<TopicPartition> open = new ArrayList<>();
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp start = offsets.get(p);
                if (start != null && start.offset() < ends.get(p)) {
                    consumer.seek(p, start.offset());
                    open.add(p);
                }
            }
            consumer.assign(open);
            while (!open.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    TopicPartition p = new TopicPartition(record.topic(), record.partition());
                    if (record.timestamp() > job.to.toEpochMilli() || record.offset() + 1 >= ends.get(p)) {
                        open.remove(p);
                    }
                    if (record.timestamp() <= job.to.toEpochMilli()) {
                        replay(job, record.value());
                    }
                }
                consumer.assign(open);
            }
            job.state = ReplayJob.State.DONE;
        } catch (RuntimeException e) {
            LOG.warnf("webhook replay %s failed: %s", job.id, e.toString());
            job.failure = e.getMessage();
            job.state = ReplayJob.State.FAILED;
        }
    }

    private void replay(ReplayJob job, String value) {
        job.scanned.incrementAndGet();
        try {
            EventEnvelope raw = objectMapper.readValue(value, EventEnvelope.class);
            if (job.connectionId != null && !job.connectionId.toString().equals(raw.connectionId())) {
                return;
            }
            JsonNode body = objectMapper.readTree(raw.payload().path("body").asText());
            List<InboundEvent> events = "EVOLUTION".equals(raw.payload().path("provider").asText())
                    ? evolution.normalize(body).inbound() : meta.normalize(body, null);
            List<EventEnvelope> envelopes = events.stream().map(e -> EventEnvelope.of(e.type(), raw.tenantId(),
                    raw.connectionId(), e.payload())).toList();
            publisher.publishReplay(envelopes).await().atMost(Duration.ofSeconds(30));
            job.replayedWebhooks.incrementAndGet();
            job.publishedEvents.addAndGet(envelopes.size());
        } catch (java.io.IOException e) {
            // the type only: a parser's message may quote the webhook's message text
            LOG.warnf("skipping an unreadable raw webhook (%s)", e.getClass().getName());
        }
    }
}
