package com.waplatform.realtime.presence;

import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.service.SocketCursor;
import com.waplatform.realtime.service.TenantSockets;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ScoreRange;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Who of a tenant is online, shared by every replica: each replica keeps its users in the tenant's Redis sorted set
 * {@code realtime:online:<tenant>} (one member per user and replica, scored by when it expires) and renews them
 * every heartbeat, so a replica that dies drops out within the time to live. A change (someone's first socket, or
 * last) is announced on the channel {@code realtime-presence}; every replica with sockets of that tenant then reads
 * the set and pushes {@code {"type":"presence","online":[…]}} to those whose list differs; so does every
 * heartbeat. A new socket gets the current list after its hello. One tenant's presence is only ever read for, and sent to, its own sockets.
 */
@ApplicationScoped
public class Presence {

    static final String CHANNEL = "realtime-presence";
    private static final String KEY = "realtime:online:";
    private static final Logger LOG = Logger.getLogger(Presence.class);

    private final String replica = UUID.randomUUID().toString();
    private final ReactiveSortedSetCommands<String, String> online;
    private final ReactivePubSubCommands<String> pubsub;
    private final ReactiveRedisDataSource redis;
    private final TenantSockets sockets;
    private final Vertx vertx;
    private final RealtimeConfig.Presence config;
    /** Tenant → its users with a socket on this replica. */
    private final Map<String, Map<String, OnlineUser>> here = new ConcurrentHashMap<>();
    private final Set<String> reading = ConcurrentHashMap.newKeySet();
    private final Set<String> readAgain = ConcurrentHashMap.newKeySet();

    public Presence(ReactiveRedisDataSource redis, TenantSockets sockets, Vertx vertx, RealtimeConfig config) {
        this.redis = redis;
        this.online = redis.sortedSet(String.class);
        this.pubsub = redis.pubsub(String.class);
        this.sockets = sockets;
        this.vertx = vertx;
        this.config = config.presence();
    }

    void start(@Observes StartupEvent started) {
        pubsub.subscribe(CHANNEL, this::read)
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).indefinitely()
                .subscribe().with(ok -> LOG.info("sharing presence"), failure -> { });
        vertx.setPeriodic(config.heartbeat().toMillis(), timer -> heartbeat());
    }

    /** A socket of the user opened here (it gets the list once started); the user's first one announces them. */
    public void opened(String tenantId, String userId, String name, boolean admin, SocketCursor cursor) {
        OnlineUser user = new OnlineUser(userId, name, admin, replica);
        boolean first = here.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>()).put(userId, user) == null;
        Uni<Void> announced = first ? online.zadd(key(tenantId), expiry(), user.member())
                .chain(() -> pubsub.publish(CHANNEL, tenantId)) : Uni.createFrom().voidItem();
        announced.chain(() -> list(tenantId)).subscribe().with(cursor::presence, failure -> {
            LOG.debugf("presence unavailable (%s): this replica's users only", failure.getMessage());
            cursor.presence(OnlineUser.frame(localUsers(tenantId)));
        });
    }

    /** A socket closed; when it was the user's last one here, they are no longer online through this replica. */
    public void closed(String tenantId, String userId) {
        if (sockets.holds(userId)) {
            return;
        }
        Map<String, OnlineUser> users = here.get(tenantId);
        OnlineUser gone = users == null ? null : users.remove(userId);
        if (gone == null) {
            return;
        }
        here.computeIfPresent(tenantId, (t, left) -> left.isEmpty() ? null : left);
        online.zrem(key(tenantId), gone.member()).chain(() -> pubsub.publish(CHANNEL, tenantId))
                .subscribe().with(ok -> { }, failure -> read(tenantId));
    }

    /** Renews this replica's users, drops expired members and pushes any change (a replica gone, say). */
    private void heartbeat() {
        double now = System.currentTimeMillis();
        here.forEach((tenantId, users) -> {
            Map<String, Double> members = new HashMap<>();
            users.values().forEach(user -> members.put(user.member(), expiry()));
            if (members.isEmpty()) {
                return;
            }
            online.zadd(key(tenantId), members)
                    .chain(() -> online.zremrangebyscore(key(tenantId), new ScoreRange<>(Double.NEGATIVE_INFINITY, now)))
                    .chain(() -> redis.key().pexpire(key(tenantId), config.ttl().multipliedBy(2)))
                    .subscribe().with(ok -> read(tenantId), failure -> LOG.debugf("presence heartbeat failed: %s",
                            failure.getMessage()));
        });
    }

    /** Reads the tenant's list and gives it to its sockets here (each skips a list it has; one read at a time). */
    private void read(String tenantId) {
        if (!here.containsKey(tenantId)) {
            return;
        }
        if (!reading.add(tenantId)) {
            readAgain.add(tenantId);
            return;
        }
        list(tenantId).subscribe().with(frame -> {
            sockets.broadcastPresence(tenantId, frame);
            done(tenantId);
        }, failure -> done(tenantId));
    }

    private void done(String tenantId) {
        reading.remove(tenantId);
        if (readAgain.remove(tenantId)) {
            read(tenantId);
        }
    }

    /** The tenant's online users now (members not expired), as a frame. */
    private Uni<String> list(String tenantId) {
        return online.zrangebyscore(key(tenantId), new ScoreRange<>((double) System.currentTimeMillis(),
                Double.POSITIVE_INFINITY)).map(members -> OnlineUser.frame(members.stream()
                        .flatMap(member -> OnlineUser.of(member).stream()).toList()));
    }

    private List<OnlineUser> localUsers(String tenantId) {
        Map<String, OnlineUser> users = here.get(tenantId);
        return users == null ? List.of() : List.copyOf(users.values());
    }

    private double expiry() {
        return System.currentTimeMillis() + config.ttl().toMillis();
    }

    private static String key(String tenantId) {
        return KEY + tenantId;
    }
}
