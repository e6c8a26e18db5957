package com.waplatform.gateway.routing;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Values looked up elsewhere, kept for a while. One lookup per key at a time: callers arriving while it runs share
 * it, so an entry expiring under load does not send a burst of lookups. A value that was found keeps answering
 * after it expired while its refresh runs (for one more lifetime at most: if refreshing keeps failing, callers then
 * wait for a lookup and see its failure); an absent value (an unknown id) is kept for a shorter time and never
 * served stale. A lookup that was under way when something was evicted does not store its (possibly old) answer.
 */
final class RefreshingCache<K, V> {

    private record Entry<V>(Optional<V> value, long expiresAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<K, Uni<Optional<V>>> lookups = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();
    private final long foundMillis;
    private final long absentMillis;
    private final LongSupplier clock;

    RefreshingCache(Duration found, Duration absent, LongSupplier clock) {
        this.foundMillis = found.toMillis();
        this.absentMillis = absent.toMillis();
        this.clock = clock;
    }

    /** The cached value, or the answer of {@code lookup} (shared with every caller while it runs). */
    Uni<Optional<V>> get(K key, Supplier<Uni<Optional<V>>> lookup) {
        Entry<V> entry = entries.get(key);
        long now = clock.getAsLong();
        if (entry != null && entry.expiresAt() > now) {
            return Uni.createFrom().item(entry.value());
        }
        Uni<Optional<V>> shared = lookups.computeIfAbsent(key, k -> start(k, lookup));
        if (entry != null && entry.value().isPresent() && entry.expiresAt() + foundMillis > now) {
            shared.subscribe().with(refreshed -> { }, failure -> { }); // a failed refresh is retried by the next call
            return Uni.createFrom().item(entry.value());
        }
        return shared;
    }

    private Uni<Optional<V>> start(K key, Supplier<Uni<Optional<V>>> lookup) {
        long evictionsAtStart = evictions.get();
        return Uni.createFrom().<Optional<V>>deferred(lookup::get)
                .invoke(value -> {
                    if (evictions.get() == evictionsAtStart) {
                        entries.put(key, new Entry<>(value,
                                clock.getAsLong() + (value.isPresent() ? foundMillis : absentMillis)));
                    }
                })
                .eventually(() -> {
                    lookups.remove(key);
                })
                .memoize().indefinitely();
    }

    /** Forgets a key: the next call looks it up again. */
    void evict(K key) {
        evictions.incrementAndGet();
        entries.remove(key);
        lookups.remove(key);
    }

    /** Forgets every found value matching {@code test}. */
    void evictIf(Predicate<V> test) {
        evictions.incrementAndGet();
        entries.values().removeIf(e -> e.value().map(test::test).orElse(false));
    }
}
