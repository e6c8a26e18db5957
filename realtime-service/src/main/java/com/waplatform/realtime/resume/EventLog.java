package com.waplatform.realtime.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.realtime.config.RealtimeConfig;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A tenant's history, read from Kafka itself (it survives a restart of this service): where the tenant is now,
 * and the tenant's events after a client's {@link Position}. The reads block, so they run on a few threads of
 * their own, each with its own consumer (assigned partitions, no consumer group, nothing committed).
 * <p>
 * The epoch names the history: the two topics' ids and partition counts. A topic created again, or given more
 * partitions (a tenant's events move to another partition), changes it, and older positions get a resync.
 */
@ApplicationScoped
public class EventLog {

    /** How a socket starts: with nothing to replay, with its history replayed, or told to reload (resync). */
    public enum Kind { FRESH, RESUMED, RESYNC }

    /**
     * The start of a socket: where its tenant is now, and when RESUMED the position it came back with and the
     * tenant's events since then.
     */
    public record Start(Kind kind, Position from, Position now, List<LoggedEvent> replay) {
    }

    private record Layout(String epoch, Map<EventStream, Integer> partitions) {
    }

    private static final Logger LOG = Logger.getLogger(EventLog.class);
    /** After the topics could not be described, how long starts fail at once before asking again. */
    private static final Duration RETRY_LAYOUT = Duration.ofSeconds(5);

    private final RealtimeConfig.Resume config;
    private final ObjectMapper objectMapper;
    private final String bootstrap;
    private final ThreadPoolExecutor readers;
    /** One admin client for describing the topics, created on first use. */
    private Admin admin;
    /** When describing the topics last failed (epoch ms): until a few seconds later, starts fail at once. */
    private volatile long layoutFailedAt;
    /** Each reader thread's own consumer (a consumer is not thread-safe), created on its first read. */
    private final ThreadLocal<KafkaConsumer<String, String>> consumer = new ThreadLocal<>();
    private final AtomicInteger readerCount = new AtomicInteger();
    private volatile Layout layout;
    /** Per tenant, the starts waiting that no reader began yet. */
    private final Map<String, StartBatch> pending = new ConcurrentHashMap<>();

    public EventLog(RealtimeConfig config, ObjectMapper objectMapper,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrap) {
        this.config = config.resume();
        this.objectMapper = objectMapper;
        this.bootstrap = bootstrap;
        this.readers = new ThreadPoolExecutor(this.config.readers(), this.config.readers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(this.config.queue()), task -> {
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                } finally {
                    KafkaConsumer<String, String> own = consumer.get();
                    if (own != null) {
                        own.close(Duration.ofSeconds(1));
                    }
                }
            }, "realtime-history-" + readerCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Where the tenant is now and, when {@code from} can be replayed, its events since then. Skipped (failing with
     * {@link CancellationException}) once nobody {@code wants} it any more; fails at once when too many tenants
     * wait (the caller then starts without history); a resume that waited longer than the timeout gets a resync.
     * The starts of one tenant that wait together are read together ({@link StartBatch}).
     */
    public Uni<Start> start(String tenantId, Optional<Position> from, BooleanSupplier wanted) {
        StartBatch.Waiting socket = new StartBatch.Waiting(from, wanted, System.nanoTime(), new CompletableFuture<>());
        StartBatch[] created = new StartBatch[1];
        pending.compute(tenantId, (tenant, batch) -> {
            if (batch != null && batch.join(socket)) {
                return batch;
            }
            created[0] = new StartBatch();
            created[0].join(socket);
            return created[0];
        });
        if (created[0] != null) {
            try {
                readers.execute(() -> readBatch(tenantId, created[0]));
            } catch (RejectedExecutionException e) {
                pending.remove(tenantId, created[0]);
                created[0].begin().forEach(w -> w.start().completeExceptionally(e));
            }
        }
        return Uni.createFrom().completionStage(socket.start());
    }

    private void readBatch(String tenantId, StartBatch batch) {
        List<StartBatch.Waiting> waiting = batch.begin();
        pending.remove(tenantId, batch);
        List<StartBatch.Waiting> open = new ArrayList<>(waiting.size());
        for (StartBatch.Waiting socket : waiting) {
            if (socket.wanted().getAsBoolean()) {
                open.add(socket);
            } else {
                socket.start().completeExceptionally(
                        new CancellationException("the socket closed before its start was read"));
            }
        }
        if (open.isEmpty()) {
            return;
        }
        try {
            List<Start> starts = read(tenantId, open);
            for (int i = 0; i < open.size(); i++) {
                open.get(i).start().complete(starts.get(i));
            }
        } catch (RuntimeException e) {
            open.forEach(socket -> socket.start().completeExceptionally(e));
        }
    }

    /**
     * Whether a live record's partition is the one this instance expects for its tenant; when not (partitions
     * were added), the layout is read again and the caller closes the tenant's sockets so that they resync.
     */
    public boolean expected(EventStream stream, String tenantId, int partition) {
        Layout known = layout;
        if (known == null || partition(tenantId, known.partitions().get(stream)) == partition) {
            return true;
        }
        layout = null;
        return false;
    }

    /** The partition of a tenant's records in a topic of {@code partitions} partitions (Kafka's keyed partitioner). */
    public static int partition(String tenantId, int partitions) {
        return Utils.toPositive(Utils.murmur2(tenantId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** The starts of sockets of one tenant, in their order: one read of where it is and of its history. */
    private List<Start> read(String tenantId, List<StartBatch.Waiting> sockets) {
        KafkaConsumer<String, String> kafka = consumer.get();
        if (kafka == null) {
            kafka = new KafkaConsumer<>(consumerProperties(Thread.currentThread().getName()));
            consumer.set(kafka);
        }
        Layout current = layout(kafka);
        Map<EventStream, TopicPartition> partitions = new EnumMap<>(EventStream.class);
        for (EventStream stream : EventStream.values()) {
            partitions.put(stream, new TopicPartition(stream.topic(),
                    partition(tenantId, current.partitions().get(stream))));
        }
        Map<TopicPartition, Long> ends = kafka.endOffsets(partitions.values(), config.timeout());
        Position now = new Position(current.epoch(), ends.get(partitions.get(EventStream.CONVERSATION)) - 1,
                ends.get(partitions.get(EventStream.SESSION)) - 1);
        long readAt = System.nanoTime();
        Retained retained = null;
        Position oldest = null;
        List<Position> since = new ArrayList<>(sockets.size());
        for (StartBatch.Waiting socket : sockets) {
            Position from = socket.from().orElse(null);
            if (from != null && readAt - socket.queuedAt() > config.timeout().toNanos()) {
                from = null; // waited too long: told to reload rather than made to wait more
            } else if (from != null && from.epoch().equals(current.epoch())) {
                retained = retained != null ? retained : retained(kafka, partitions);
                from = replayable(partitions, ends, retained, from) ? from : null;
            } else {
                from = null;
            }
            since.add(from);
            oldest = from == null ? oldest : oldest == null ? from : earliest(oldest, from);
        }
        Optional<List<LoggedEvent>> history = oldest == null ? Optional.of(List.of())
                : replay(kafka, tenantId, partitions, ends, oldest);
        List<Start> starts = new ArrayList<>(sockets.size());
        for (int i = 0; i < sockets.size(); i++) {
            Position from = since.get(i);
            boolean resumes = sockets.get(i).from().isPresent();
            if (from != null && history.isPresent()) {
                starts.add(new Start(Kind.RESUMED, from, now, after(history.get(), from)));
            } else {
                starts.add(new Start(resumes ? Kind.RESYNC : Kind.FRESH, null, now, List.of()));
            }
        }
        return starts;
    }

    /** Where the tenant's retained and young-enough history begins in each of its partitions. */
    private record Retained(Map<TopicPartition, Long> beginnings, Map<TopicPartition, OffsetAndTimestamp> young) {
    }

    private Retained retained(KafkaConsumer<String, String> kafka, Map<EventStream, TopicPartition> partitions) {
        Map<TopicPartition, Long> beginnings = kafka.beginningOffsets(partitions.values(), config.timeout());
        long oldest = System.currentTimeMillis() - config.maxAge().toMillis();
        Map<TopicPartition, Long> times = new java.util.HashMap<>();
        partitions.values().forEach(p -> times.put(p, oldest));
        return new Retained(beginnings, kafka.offsetsForTimes(times, config.timeout()));
    }

    /** Whether everything after {@code since} is still in Kafka, young enough and not too much to read. */
    private boolean replayable(Map<EventStream, TopicPartition> partitions, Map<TopicPartition, Long> ends,
            Retained retained, Position since) {
        for (EventStream stream : EventStream.values()) {
            TopicPartition p = partitions.get(stream);
            long next = since.of(stream) + 1;
            long end = ends.get(p);
            if (next == end) {
                continue; // nothing new: however old the position is, nothing is missed
            }
            OffsetAndTimestamp firstYoung = retained.young().get(p);
            long youngFrom = firstYoung == null ? end : firstYoung.offset();
            if (next > end || next < retained.beginnings().get(p) || next < youngFrom
                    || end - next > config.maxRecords()) {
                return false;
            }
        }
        return true;
    }

    /** The earlier of two positions in each stream. */
    private static Position earliest(Position a, Position b) {
        return new Position(a.epoch(), Math.min(a.conversation(), b.conversation()),
                Math.min(a.session(), b.session()));
    }

    /** The events of {@code history} after {@code since}. */
    private static List<LoggedEvent> after(List<LoggedEvent> history, Position since) {
        List<LoggedEvent> events = new ArrayList<>();
        for (LoggedEvent event : history) {
            if (event.offset() > since.of(event.stream())) {
                events.add(event);
            }
        }
        return events;
    }

    /** The tenant's events after {@code since} up to the ends; empty when they could not be read in time. */
    private Optional<List<LoggedEvent>> replay(KafkaConsumer<String, String> kafka, String tenantId,
            Map<EventStream, TopicPartition> partitions, Map<TopicPartition, Long> ends, Position since) {
        List<TopicPartition> behind = new ArrayList<>();
        for (EventStream stream : EventStream.values()) {
            if (since.of(stream) + 1 < ends.get(partitions.get(stream))) {
                behind.add(partitions.get(stream));
            }
        }
        List<LoggedEvent> events = new ArrayList<>();
        if (behind.isEmpty()) {
            return Optional.of(events);
        }
        kafka.assign(behind);
        for (EventStream stream : EventStream.values()) {
            TopicPartition p = partitions.get(stream);
            if (behind.contains(p)) {
                kafka.seek(p, since.of(stream) + 1);
            }
        }
        long deadline = System.nanoTime() + config.timeout().toNanos();
        try {
            while (behind.stream().anyMatch(p -> kafka.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    LOG.warnf("the history of tenant %s was not read within %s; the client resyncs", tenantId,
                            config.timeout());
                    return Optional.empty();
                }
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(200))) {
                    TopicPartition p = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(p) && tenantId.equals(record.key())) {
                        event(EventStream.of(record.topic()), record.offset(), record.value(), tenantId)
                                .ifPresent(events::add);
                    }
                }
            }
        } catch (InvalidOffsetException e) {
            LOG.infof("part of the history of tenant %s was deleted while it was read; the client resyncs", tenantId);
            return Optional.empty();
        } finally {
            kafka.assign(List.of());
        }
        return Optional.of(events);
    }

    /** A record as a socket's event, if it is a readable event of the tenant. */
    public Optional<LoggedEvent> event(EventStream stream, long offset, String json, String tenantId) {
        try {
            JsonNode envelope = objectMapper.readTree(json);
            if (envelope == null || !envelope.isObject() || !tenantId.equals(envelope.path("tenantId").asText())) {
                return Optional.empty();
            }
            String conversation = Summary.conversationOf(envelope);
            return Optional.of(new LoggedEvent(stream, offset, Audience.of(stream, envelope), json, conversation,
                    conversation == null ? json : Summary.of(envelope, json)));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Layout layout(KafkaConsumer<String, String> kafka) {
        Layout known = layout;
        if (known != null) {
            return known;
        }
        if (System.currentTimeMillis() - layoutFailedAt < RETRY_LAYOUT.toMillis()) {
            throw new IllegalStateException("the event topics could not be described a moment ago");
        }
        try {
            Map<String, TopicDescription> topics = admin().describeTopics(
                    List.of(EventStream.CONVERSATION.topic(), EventStream.SESSION.topic())).allTopicNames()
                    .get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            Map<EventStream, Integer> partitions = new EnumMap<>(EventStream.class);
            StringBuilder identity = new StringBuilder();
            for (EventStream stream : EventStream.values()) {
                TopicDescription topic = topics.get(stream.topic());
                partitions.put(stream, topic.partitions().size());
                identity.append(stream.topic()).append('/').append(topic.topicId()).append('/')
                        .append(topic.partitions().size()).append(';');
            }
            known = new Layout(digest(identity.toString()), partitions);
            layout = known;
            return known;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing the event topics", e);
        } catch (Exception e) {
            layoutFailedAt = System.currentTimeMillis();
            throw new IllegalStateException("the event topics cannot be described: " + e.getMessage(), e);
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties p = new Properties();
            p.put("bootstrap.servers", bootstrap);
            p.put("client.id", "realtime-history-admin");
            p.put("request.timeout.ms", Long.toString(config.timeout().toMillis()));
            p.put("default.api.timeout.ms", Long.toString(config.timeout().toMillis()));
            admin = Admin.create(p);
        }
        return admin;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties consumerProperties(String reader) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, reader);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none"); // a deleted offset is an error (resync), not a jump
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        readers.shutdownNow();
        readers.awaitTermination(2, TimeUnit.SECONDS);
        synchronized (this) {
            if (admin != null) {
                admin.close(Duration.ofSeconds(1));
            }
        }
    }
}
