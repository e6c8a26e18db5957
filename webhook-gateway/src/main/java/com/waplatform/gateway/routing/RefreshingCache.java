package com.waplatform.gateway.routing;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Values looked up elsewhere, kept for a while in a bounded Caffeine cache (least useful entries go first past
 * {@code maxEntries}). One lookup per key at a time: callers arriving while it runs share it, so an entry expiring
 * under load does not send a burst of lookups. A value that was found keeps answering after it expired while its
 * refresh runs (for one more lifetime at most: if refreshing keeps failing, callers then wait for a lookup and see
 * its failure); an absent value (an unknown id) is kept for a shorter time and never served stale. A lookup that
 * was under way when its key was evicted does not store its (possibly old) answer.
 */
final class RefreshingCache<K, V> {

    private final AsyncLoadingCache<K, Optional<V>> cache;

    RefreshingCache(Function<K, Uni<Optional<V>>> lookup, Duration found, Duration absent, long maxEntries,
            LongSupplier clockMillis) {
        AsyncCacheLoader<K, Optional<V>> loader = (key, executor) -> lookup.apply(key).subscribeAsCompletionStage();
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new Lifetimes<K, V>(found.toNanos(), absent.toNanos()))
                .refreshAfterWrite(found)
                .executor(Runnable::run) // lookups are asynchronous already; nothing here blocks
                .ticker(() -> clockMillis.getAsLong() * 1_000_000)
                .buildAsync(loader);
    }

    /** The cached value, or the answer of the lookup (shared with every caller while it runs). */
    Uni<Optional<V>> get(K key) {
        // a copy: one caller giving up must not cancel the lookup the others wait for
        return Uni.createFrom().completionStage(cache.get(key).copy());
    }

    /** Whether a call for this key would be answered without waiting for a lookup. */
    boolean remembers(K key) {
        CompletableFuture<Optional<V>> known = cache.getIfPresent(key);
        return known != null && known.isDone() && !known.isCompletedExceptionally();
    }

    /** Forgets a key: the next call looks it up again, and a lookup under way does not store its answer. */
    void evict(K key) {
        cache.synchronous().invalidate(key);
    }

    /** Forgets every found value matching {@code test}, and the lookups under way (their answer is unknown yet). */
    void evictIf(Predicate<V> test) {
        cache.asMap().entrySet().removeIf(entry -> {
            CompletableFuture<Optional<V>> value = entry.getValue();
            if (!value.isDone() || value.isCompletedExceptionally()) {
                return true;
            }
            return value.join().map(test::test).orElse(false);
        });
    }

    long size() {
        cache.synchronous().cleanUp();
        return cache.synchronous().estimatedSize();
    }

    /** Found: twice the lifetime (refreshed after one, served stale during the second). Absent: its own, short. */
    private record Lifetimes<K, V>(long foundNanos, long absentNanos) implements Expiry<K, Optional<V>> {

        @Override
        public long expireAfterCreate(K key, Optional<V> value, long currentTime) {
            return value.isPresent() ? 2 * foundNanos : absentNanos;
        }

        @Override
        public long expireAfterUpdate(K key, Optional<V> value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(K key, Optional<V> value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
