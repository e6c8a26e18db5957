package com.waplatform.realtime.messaging;

import com.waplatform.contracts.Topics;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether this instance's live consumers read their topics yet. A new instance joins its consumer group a few
 * seconds after it started; a socket given a position before that would miss the events between its position and
 * where the live consumer starts. So the instance is not ready, and refuses sockets (1013, the client comes back),
 * until both topics are assigned and their start is fixed ({@code position()} asked at once on assignment).
 */
@ApplicationScoped
@Default
@Identifier(LiveAssignment.NAME)
@Readiness
public class LiveAssignment implements KafkaConsumerRebalanceListener, HealthCheck {

    static final String NAME = "realtime-live-events";
    private static final Set<String> TOPICS = Set.of(Topics.CONVERSATION_EVENTS, Topics.SESSION_EVENTS);

    private final Set<String> assigned = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(consumer::position); // the live start of each partition, fixed now
        partitions.forEach(partition -> assigned.add(partition.topic()));
    }

    /** Whether a socket may be given a position now (the live events from there on will reach it). */
    public boolean live() {
        return assigned.containsAll(TOPICS);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("live events").status(live()).build();
    }
}
