package com.waplatform.realtime.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.realtime.service.TenantSockets;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Carries activities to the sockets of their tenant on every replica, through the Redis channel
 * {@code realtime-activity}. When Redis is away an activity reaches this replica's sockets only.
 */
@ApplicationScoped
public class ActivityRelay {

    static final String CHANNEL = "realtime-activity";
    private static final Logger LOG = Logger.getLogger(ActivityRelay.class);

    private final ReactivePubSubCommands<String> pubsub;
    private final TenantSockets sockets;
    private final ObjectMapper objectMapper;

    public ActivityRelay(ReactiveRedisDataSource redis, TenantSockets sockets, ObjectMapper objectMapper) {
        this.pubsub = redis.pubsub(String.class);
        this.sockets = sockets;
        this.objectMapper = objectMapper;
    }

    void listen(@Observes StartupEvent started) {
        pubsub.subscribe(CHANNEL, this::deliver)
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).indefinitely()
                .subscribe().with(ok -> LOG.info("relaying agents' activity"), failure -> { });
    }

    /** Sends the activity to its tenant's sockets everywhere. */
    public Uni<Void> publish(Activity activity) {
        return pubsub.publish(CHANNEL, activity.relayed()).onFailure().recoverWithUni(failure -> {
            LOG.debugf("Redis cannot relay an activity (%s): this replica's sockets only", failure.getMessage());
            sockets.broadcastEphemeral(activity.tenantId(), activity.frame());
            return Uni.createFrom().voidItem();
        });
    }

    private void deliver(String relayed) {
        try {
            JsonNode message = objectMapper.readTree(relayed);
            sockets.broadcastEphemeral(message.path("tenantId").asText(), message.path("frame").asText());
        } catch (Exception e) {
            LOG.debugf("skipping an unreadable activity: %s", e.getMessage());
        }
    }
}
