package com.waplatform.gateway.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.gateway.config.GatewayConfig;
import com.waplatform.gateway.service.WebhookRejected;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * How many raw webhooks a replay of a range would re-read, before it is started. Each partition's records from
 * {@code from} to {@code to} (both included, as the replay reads them) are found by Kafka's offsets for those times
 * (the gateway appends webhooks as they arrive, so their times follow their offsets) and counted without being
 * read. For one connection they must be read: at most {@code gateway.replay-count-scan-limit} of them, only its
 * top-level {@code connectionId} parsed; a range holding more is refused. Blocking: call it off the event loop.
 */
@ApplicationScoped
public class ReplayCounter {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SCAN_TIMEOUT = Duration.ofSeconds(60);

    /** A partition's records of the range: offsets [start, end). */
    private record OffsetRange(long start, long end) {
        long size() {
            return end - start;
        }
    }

    private final RawTopic rawTopic;
    private final ObjectMapper objectMapper;
    private final GatewayConfig config;

    public ReplayCounter(RawTopic rawTopic, ObjectMapper objectMapper, GatewayConfig config) {
        this.rawTopic = rawTopic;
        this.objectMapper = objectMapper;
        this.config = config;
    }

    /** The raw webhooks received from {@code from} to {@code to}, only {@code connectionId}'s when given. */
    public long count(Instant from, Instant to, UUID connectionId) {
        try (KafkaConsumer<String, String> consumer = rawTopic.consumer()) {
            Map<TopicPartition, OffsetRange> ranges = ranges(consumer, from, to);
            long all = ranges.values().stream().mapToLong(OffsetRange::size).sum();
            if (connectionId == null || all == 0) {
                return all;
            }
            if (all > config.replayCountScanLimit()) {
                throw new WebhookRejected(422, "The range holds " + all + " webhooks; one connection's can be "
                        + "counted in at most " + config.replayCountScanLimit() + ": choose a shorter range");
            }
            return scan(consumer, ranges, connectionId.toString());
        } catch (KafkaException e) {
            throw new WebhookRejected(503, "Kafka cannot be reached right now; try again in a moment");
        }
    }

    private Map<TopicPartition, OffsetRange> ranges(KafkaConsumer<String, String> consumer, Instant from,
            Instant to) {
        List<TopicPartition> partitions = rawTopic.partitions(consumer);
        Map<TopicPartition, Long> starts = new HashMap<>();
        Map<TopicPartition, Long> pastEnds = new HashMap<>();
        partitions.forEach(p -> {
            starts.put(p, from.toEpochMilli());
            pastEnds.put(p, to.toEpochMilli() + 1);
        });
        Map<TopicPartition, OffsetAndTimestamp> firsts = consumer.offsetsForTimes(starts, KAFKA_TIMEOUT);
        Map<TopicPartition, OffsetAndTimestamp> afterLasts = consumer.offsetsForTimes(pastEnds, KAFKA_TIMEOUT);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
        Map<TopicPartition, OffsetRange> ranges = new HashMap<>();
        for (TopicPartition p : partitions) {
            OffsetAndTimestamp first = firsts.get(p);
            OffsetAndTimestamp afterLast = afterLasts.get(p);
            if (first != null) {
                long end = afterLast != null ? afterLast.offset() : ends.get(p);
                if (end > first.offset()) {
                    ranges.put(p, new OffsetRange(first.offset(), end));
                }
            }
        }
        return ranges;
    }

    private long scan(KafkaConsumer<String, String> consumer, Map<TopicPartition, OffsetRange> ranges,
            String connectionId) {
        long deadline = System.nanoTime() + SCAN_TIMEOUT.toNanos();
        long matching = 0;
        for (Map.Entry<TopicPartition, OffsetRange> entry : ranges.entrySet()) {
            TopicPartition p = entry.getKey();
            OffsetRange range = entry.getValue();
            consumer.assign(List.of(p));
            consumer.seek(p, range.start());
            while (consumer.position(p, KAFKA_TIMEOUT) < range.end()) {
                if (System.nanoTime() > deadline) {
                    throw new WebhookRejected(503, "Counting took too long; try again or choose a shorter range");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.offset() < range.end() && connectionId.equals(connectionOf(record.value()))) {
                        matching++;
                    }
                }
            }
        }
        return matching;
    }

    /** The envelope's top-level connectionId, read without building the rest (the body can be megabytes). */
    private String connectionOf(String envelope) {
        if (envelope == null) {
            return null;
        }
        try (JsonParser parser = objectMapper.getFactory().createParser(envelope)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("connectionId".equals(field)) {
                    return parser.getValueAsString();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
