package com.waplatform.web;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Access tokens of a user that must stop working before they expire: when a user is disabled or their role
 * changes, tenant-service records the moment in Redis ({@code access-revoked:<userId>}, kept for
 * {@code access-revocation.keep}) and announces it on the Redis channel {@code access-revoked} (realtime-service
 * closes the user's sockets). Every service refuses a token of that user issued at or before the moment; a token
 * the user gets afterwards (a new login, with the new role) works.
 * <p>
 * When Redis is unreachable the check lets the token through (fail-open, logged): the tokens still expire after
 * their lifespan. Recording a revocation, on the other hand, fails loudly so the change can be retried.
 */
@ApplicationScoped
public class AccessRevocations {

    public static final String CHANNEL = "access-revoked";
    private static final String KEY = "access-revoked:";
    private static final Logger LOG = Logger.getLogger(AccessRevocations.class);

    private final ReactiveValueCommands<String, Long> moments;
    private final ReactivePubSubCommands<String> announcements;
    private final AccessRevocationConfig config;

    public AccessRevocations(ReactiveRedisDataSource redis, AccessRevocationConfig config) {
        this.moments = redis.value(Long.class);
        this.announcements = redis.pubsub(String.class);
        this.config = config;
    }

    /** Refuses the user's tokens issued until now, everywhere, and announces it; fails if Redis is away. */
    public Uni<Void> revoke(String userId) {
        long now = System.currentTimeMillis() / 1000;
        return moments.set(KEY + userId, now, new SetArgs().ex(config.keep()))
                .chain(() -> announcements.publish(CHANNEL, userId));
    }

    /** Whether the token was issued at or before its user's last revocation; false when Redis cannot say. */
    public Uni<Boolean> revoked(JsonWebToken token) {
        if (token.getSubject() == null) {
            return Uni.createFrom().item(false);
        }
        return revoked(token.getSubject(), token.getIssuedAtTime());
    }

    public Uni<Boolean> revoked(String userId, long issuedAtSeconds) {
        return moments.get(KEY + userId)
                .map(moment -> moment != null && issuedAtSeconds <= moment)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("access revocations unavailable, letting the token through: %s", failure.getMessage());
                    return false;
                });
    }

    /**
     * The last revocation of each of these users that has one (epoch seconds), in one Redis round trip; fails when
     * Redis cannot say (the caller checks again later).
     */
    public Uni<Map<String, Long>> lastRevocations(List<String> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return moments.mget(userIds.stream().map(user -> KEY + user).toArray(String[]::new)).map(found -> {
            Map<String, Long> byUser = new HashMap<>();
            found.forEach((key, moment) -> {
                if (moment != null) {
                    byUser.put(key.substring(KEY.length()), moment);
                }
            });
            return byUser;
        });
    }

    /**
     * Calls {@code onRevoked} with the user id of every revocation announced from now on; while Redis cannot be
     * reached, keeps trying (1 s, doubling to 30 s).
     */
    public void listen(Consumer<String> onRevoked) {
        announcements.subscribe(CHANNEL, onRevoked)
                .onFailure().invoke(failure -> LOG.warnf("cannot listen for access revocations yet: %s",
                        failure.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).indefinitely()
                .subscribe().with(ok -> LOG.info("listening for access revocations"), failure -> { });
    }
}
