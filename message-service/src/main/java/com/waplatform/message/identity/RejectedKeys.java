package com.waplatform.message.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.waplatform.contracts.SourceAddress;
import com.waplatform.message.config.AutomationConfig;
import com.waplatform.web.RateLimiter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What checking unknown API keys may cost per source address. Rejected keys are counted in Redis for every replica
 * ({@code automation.rejected-keys-per-address-per-minute}); an address past it is remembered here until its
 * minute ends. And each address may have at most {@code automation.key-checks-in-flight-per-address} checks
 * running at a time, so that one address's checks never queue up in front of everybody else's. Both are decided
 * before anyone is asked ({@link Refused}: 429). When Redis is away rejections are not counted (the limits must
 * not take the API down); rejected keys are still remembered by the verifier. IPv6 addresses count per /64
 * network ({@link SourceAddress}).
 */
@ApplicationScoped
public class RejectedKeys {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Addresses followed at a time, at most (the least recent are forgotten first). */
    private static final long MAX_ADDRESSES = 100_000;

    /** The address may not have a key checked now; {@link #waitFor} says for how long. */
    public static final class Refused extends RuntimeException {

        private final Duration wait;

        Refused(Duration wait) {
            super("too many API keys that are not valid", null, false, false);
            this.wait = wait;
        }

        public Duration waitFor() {
            return wait;
        }
    }

    /** A check under way for an address: {@link #done} once it is answered. */
    public static final class Check {

        private final AtomicInteger running;

        private Check(AtomicInteger running) {
            this.running = running;
        }

        public void done() {
            running.decrementAndGet();
        }
    }

    private final RateLimiter limiter;
    private final int perMinute;
    private final int inFlight;
    /** Address → until when (epoch ms) it is refused. */
    private final Cache<String, Long> blockedUntil =
            Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterWrite(WINDOW).build();
    /** Address → its checks under way. */
    private final Cache<String, AtomicInteger> running =
            Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterAccess(WINDOW).build();

    public RejectedKeys(RateLimiter limiter, AutomationConfig config) {
        this.limiter = limiter;
        this.perMinute = config.rejectedKeysPerAddressPerMinute();
        this.inFlight = config.keyChecksInFlightPerAddress();
    }

    /** A check for the address, or {@link Refused} when it may not have one now. */
    public Check admit(String source) {
        String address = SourceAddress.subject(source);
        Long until = blockedUntil.getIfPresent(address);
        long left = until == null ? 0 : until - System.currentTimeMillis();
        if (left > 0) {
            throw new Refused(Duration.ofMillis(left));
        }
        AtomicInteger checks = running.get(address, a -> new AtomicInteger());
        if (checks.incrementAndGet() > inFlight) {
            checks.decrementAndGet();
            throw new Refused(Duration.ofSeconds(1));
        }
        return new Check(checks);
    }

    /** Counts a key rejected for the address; once the budget is spent, the address is refused until its minute ends. */
    public Uni<Void> rejected(String source) {
        String address = SourceAddress.subject(source);
        // the limiter answers a wait past its limit: the budget's last rejection already closes the door
        return limiter.acquire("message-service:rejected-keys:" + address, Math.max(0, perMinute - 1), WINDOW)
                .invoke(wait -> wait.ifPresent(w -> blockedUntil.put(address, System.currentTimeMillis() + w.toMillis())))
                .replaceWithVoid();
    }
}
