package com.waplatform.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RefreshingCacheTest {

    private static final int MAX_ENTRIES = 1_000;

    private final AtomicLong now = new AtomicLong(1_000_000);
    /** Lookups started, each answered when the test says so. */
    private final List<UniEmitter<? super Optional<String>>> pending = new ArrayList<>();
    private final Function<String, Uni<Optional<String>>> lookup =
            key -> Uni.createFrom().emitter(emitter -> pending.add(emitter));
    private final RefreshingCache<String, String> cache =
            new RefreshingCache<>(lookup, Duration.ofSeconds(60), Duration.ofSeconds(10), MAX_ENTRIES, now::get);

    /** What a call answered so far: the value, the failure, or null while it waits. */
    private AtomicReference<Object> call(String key) {
        AtomicReference<Object> answer = new AtomicReference<>();
        cache.get(key).subscribe().with(answer::set, answer::set);
        return answer;
    }

    @Test
    void callersArrivingDuringALookupShareIt() {
        List<AtomicReference<Object>> answers = List.of(call("a"), call("a"), call("a"));
        assertEquals(1, pending.size());
        answers.forEach(a -> assertNull(a.get()));

        pending.get(0).complete(Optional.of("route-1"));
        answers.forEach(a -> assertEquals(Optional.of("route-1"), a.get()));
        assertEquals(Optional.of("route-1"), call("a").get());
        assertEquals(1, pending.size(), "answered from memory until it expires");
    }

    @Test
    void anExpiredRoutingAnswersWhileOneRefreshRuns() {
        call("a");
        pending.get(0).complete(Optional.of("route-1"));
        now.addAndGet(61_000);

        assertEquals(Optional.of("route-1"), call("a").get());
        assertEquals(Optional.of("route-1"), call("a").get());
        assertEquals(2, pending.size(), "one refresh for both calls");

        pending.get(1).complete(Optional.of("route-2"));
        assertEquals(Optional.of("route-2"), call("a").get());
        assertEquals(2, pending.size());
    }

    @Test
    void aRoutingWhoseRefreshKeepsFailingIsNotServedForever() {
        call("a");
        pending.get(0).complete(Optional.of("route-1"));
        now.addAndGet(61_000);
        assertEquals(Optional.of("route-1"), call("a").get());
        pending.get(1).fail(new IllegalStateException("session-service down"));

        now.addAndGet(60_000);
        AtomicReference<Object> tooOld = call("a");
        assertNull(tooOld.get(), "waits for the lookup instead of answering with a routing two lifetimes old");
        pending.get(2).fail(new IllegalStateException("session-service down"));
        assertInstanceOf(IllegalStateException.class, tooOld.get());
    }

    @Test
    void anUnknownIdIsRememberedBrieflyAndNeverServedStale() {
        call("x");
        pending.get(0).complete(Optional.empty());
        assertEquals(Optional.empty(), call("x").get());
        assertEquals(1, pending.size());

        now.addAndGet(11_000);
        AtomicReference<Object> afterExpiry = call("x");
        assertNull(afterExpiry.get(), "waits for the new lookup");
        pending.get(1).complete(Optional.of("created-since"));
        assertEquals(Optional.of("created-since"), afterExpiry.get());
    }

    @Test
    void aFailedLookupFailsItsCallersAndTheNextCallTriesAgain() {
        AtomicReference<Object> first = call("a");
        AtomicReference<Object> second = call("a");
        pending.get(0).fail(new IllegalStateException("session-service down"));
        assertInstanceOf(IllegalStateException.class, first.get());
        assertInstanceOf(IllegalStateException.class, second.get());

        AtomicReference<Object> retry = call("a");
        assertEquals(2, pending.size());
        pending.get(1).complete(Optional.of("route-1"));
        assertEquals(Optional.of("route-1"), retry.get());
    }

    @Test
    void aLookupUnderWayWhenTheKeyIsEvictedDoesNotStoreItsAnswer() {
        AtomicReference<Object> before = call("a");
        cache.evict("a");
        pending.get(0).complete(Optional.of("old-route"));
        assertEquals(Optional.of("old-route"), before.get());

        AtomicReference<Object> after = call("a");
        assertEquals(2, pending.size(), "asked again after the eviction");
        pending.get(1).complete(Optional.of("new-route"));
        assertEquals(Optional.of("new-route"), after.get());
    }

    @Test
    void evictIfForgetsMatchingValuesOnly() {
        call("a");
        pending.get(0).complete(Optional.of("route-of-c1"));
        call("b");
        pending.get(1).complete(Optional.of("route-of-c2"));

        cache.evictIf(v -> v.endsWith("c1"));
        assertNull(call("a").get());
        assertEquals(Optional.of("route-of-c2"), call("b").get());
        assertTrue(pending.size() == 3, "only the evicted one is looked up again");
    }

    @Test
    void aRefreshUnderWayWhenTheKeyIsEvictedDoesNotStoreItsAnswer() {
        call("a");
        pending.get(0).complete(Optional.of("old-route"));
        now.addAndGet(61_000);
        assertEquals(Optional.of("old-route"), call("a").get());
        cache.evict("a");
        pending.get(1).complete(Optional.of("stale-route"));

        AtomicReference<Object> after = call("a");
        assertEquals(3, pending.size(), "asked again after the eviction");
        pending.get(2).complete(Optional.of("new-route"));
        assertEquals(Optional.of("new-route"), after.get());
    }

    @Test
    void aFloodOfUnknownIdsStaysWithinTheBound() {
        for (int i = 0; i < 20 * MAX_ENTRIES; i++) {
            call("random-" + i);
            pending.get(i).complete(Optional.empty());
        }
        long size = cache.size();
        System.out.printf("routing cache after %d unknown ids: %d entries (bound %d)%n", 20 * MAX_ENTRIES, size,
                MAX_ENTRIES);
        assertTrue(size <= MAX_ENTRIES, "entries: " + size);
    }

    @Test
    void remembersOnlyWhatAnswersWithoutALookup() {
        AtomicReference<Object> first = call("a");
        assertFalse(cache.remembers("a"), "a lookup under way is not an answer yet");
        pending.get(0).complete(Optional.empty());
        assertEquals(Optional.empty(), first.get());
        assertTrue(cache.remembers("a"), "an unknown id is remembered too");
        now.addAndGet(11_000);
        assertFalse(cache.remembers("a"));
    }
}
