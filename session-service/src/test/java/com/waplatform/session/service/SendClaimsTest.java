package com.waplatform.session.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.Dispatch;
import com.waplatform.session.repository.DispatchRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A worker whose lease ran out (a provider call slower than the lease, a long pause) must neither send the row
 * again nor overwrite the outcome of the worker that took it after; a row whose provider call started and was never
 * recorded (its worker died) is counted as in doubt when it is taken again. The queue's own worker is off here so
 * that the test takes the rows itself.
 */
@QuarkusTest
@TestProfile(SendClaimsTest.NoWorker.class)
class SendClaimsTest {

    public static class NoWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dispatch.enabled", "false");
        }
    }

    @Inject
    SendQueue queue;

    @Inject
    DispatchRepository dispatches;

    @Inject
    TenantScope scope;

    @Inject
    MeterRegistry metrics;

    private final String tenant = UUID.randomUUID().toString();
    private final UUID messageId = UUID.randomUUID();
    private final AtomicReference<Dispatch> first = new AtomicReference<>();
    private final AtomicReference<Dispatch> second = new AtomicReference<>();

    @Test
    @RunOnVertxContext
    void aWorkerThatLostItsClaimNeitherSendsNorRecordsAndAnUnrecordedCallIsInDoubt(UniAsserter asserter) {
        double inDoubtBefore = metrics.counter("dispatch.sends.in.doubt").count();
        asserter.execute(() -> queue.enqueue(List.of(new SendQueue.Command(tenant, UUID.randomUUID(), messageId,
                "{\"type\":\"text\",\"text\":\"hello\"}", "5511999990302", null))));
        asserter.execute(() -> takeOurs().invoke(first::set));
        // the first worker's lease runs out before it sends; another worker takes the row
        asserter.execute(this::leaseRunsOut);
        asserter.execute(() -> takeOurs().invoke(second::set));
        asserter.assertThat(() -> Uni.createFrom().item(first.get().claim), claim ->
                assertNotEquals(second.get().claim, claim, "each take gets its own claim"));

        asserter.assertThat(() -> queue.startSending(first.get()), mine -> assertFalse(mine,
                "the worker that lost its claim must not call the provider"));
        asserter.execute(() -> {
            first.get().sent("wamid.stale");
            return queue.save(first.get());
        });
        asserter.assertThat(this::row, row -> {
            assertEquals(Dispatch.QUEUED, row.status, "the stale worker's outcome is not recorded");
            assertNull(row.providerMessageId);
            assertEquals(second.get().claim, row.claim);
        });

        // the second worker starts the provider call and dies before recording it
        asserter.assertThat(() -> queue.startSending(second.get()), mine -> assertTrue(mine));
        asserter.execute(this::leaseRunsOut);
        asserter.execute(() -> takeOurs().invoke(third -> {
            third.sent("wamid.third");
            second.set(third);
        }));
        asserter.assertThat(() -> Uni.createFrom().item(metrics.counter("dispatch.sends.in.doubt").count()),
                count -> assertEquals(inDoubtBefore + 1, count, "the unrecorded call is counted as in doubt"));
        asserter.execute(() -> queue.save(second.get()));
        asserter.assertThat(this::row, row -> {
            assertEquals(Dispatch.SENT, row.status);
            assertEquals("wamid.third", row.providerMessageId);
            assertNull(row.sendStartedAt, "a recorded answer is no longer in doubt");
        });
    }

    /** This test's row among the rows taken now. */
    private Uni<Dispatch> takeOurs() {
        return queue.take(Set.of()).map(rows -> rows.stream().filter(d -> d.messageId.equals(messageId))
                .findFirst().orElseThrow(() -> new AssertionError("the row was not taken")));
    }

    private Uni<Integer> leaseRunsOut() {
        return Panache.withTransaction(() -> scope.enter(tenant).chain(() -> dispatches.update(
                "leaseUntil = ?1 where messageId = ?2", OffsetDateTime.now().minusSeconds(1), messageId)));
    }

    private Uni<Dispatch> row() {
        return Panache.withTransaction(() -> scope.enter(tenant).chain(() -> dispatches.findById(messageId)));
    }
}
