package com.waplatform.gateway.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.waplatform.contracts.SourceAddress;
import com.waplatform.gateway.config.GatewayConfig;
import com.waplatform.gateway.service.WebhookRejected;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What routing lookups each source address may cost (in this replica's memory, bounded), checked before a lookup:
 * per minute, {@code gateway.unknown-connections-per-address-per-minute} ids that turn out unknown (a lookup counts
 * while it runs and is given back when the connection exists); and once an address has sent
 * {@value #SUSPICIOUS_UNKNOWN} unknown ids in its minute, at most {@code gateway.unknown-address-lookups-in-flight}
 * of its lookups at a time, so that its lookups never queue up in front of everybody else's. Past either: 429 with
 * Retry-After. Webhooks of connections already in memory never ask. IPv6 addresses count per /64 network
 * ({@link SourceAddress}).
 */
@ApplicationScoped
public class LookupBudget {

    /** Unknown ids in a minute after which an address's lookups are also limited in number at a time. */
    static final int SUSPICIOUS_UNKNOWN = 10;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** An address's current minute: ids found unknown, and lookups running. */
    private record Spent(AtomicInteger unknown, AtomicInteger running) {
    }

    /** One lookup paid for by an address: {@link #settle} it once its answer is known. */
    public static final class Lookup {

        private final Spent spent;

        private Lookup(Spent spent) {
            this.spent = spent;
        }

        /** The answer is in: an unknown id stays on the address's account; a found one (or a failure) does not. */
        public void settle(boolean unknown) {
            spent.running().decrementAndGet();
            if (unknown) {
                spent.unknown().incrementAndGet();
            }
        }
    }

    /** The entry expires a minute after the address's first lookup. */
    private final Cache<String, Spent> spent;
    private final int perMinute;
    private final int inFlight;

    public LookupBudget(GatewayConfig config) {
        this.perMinute = config.unknownConnectionsPerAddressPerMinute();
        this.inFlight = config.unknownAddressLookupsInFlight();
        this.spent = Caffeine.newBuilder().maximumSize(config.trackedAddresses()).expireAfterWrite(WINDOW).build();
    }

    /** A lookup for the address, or {@link WebhookRejected} 429 when it may not have one now. */
    public Lookup charge(String address) {
        String subject = SourceAddress.subject(address);
        Spent current = spent.get(subject, s -> new Spent(new AtomicInteger(), new AtomicInteger()));
        int running = current.running().incrementAndGet();
        int unknown = current.unknown().get();
        if (unknown + running > perMinute) {
            current.running().decrementAndGet();
            Duration age = spent.policy().expireAfterWrite().flatMap(p -> p.ageOf(subject)).orElse(Duration.ZERO);
            long seconds = Math.max(1, WINDOW.minus(age).toSeconds() + 1);
            throw new WebhookRejected(429, "Too many webhooks for unknown connections from this address; retry "
                    + "in " + seconds + " seconds", seconds);
        }
        if (unknown >= SUSPICIOUS_UNKNOWN && running > inFlight) {
            current.running().decrementAndGet();
            throw new WebhookRejected(429, "Too many webhooks for unknown connections from this address at once; "
                    + "retry in a second", 1);
        }
        return new Lookup(current);
    }
}
