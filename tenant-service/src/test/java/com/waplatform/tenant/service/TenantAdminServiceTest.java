package com.waplatform.tenant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.persistence.outbox.OutboxEvent;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.tenant.domain.Tenant;
import com.waplatform.tenant.domain.TenantStatus;
import com.waplatform.tenant.repository.AuditFilter;
import com.waplatform.tenant.repository.AuditRepository;
import com.waplatform.tenant.repository.TenantRepository;
import com.waplatform.web.Actor;
import java.util.List;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TenantAdminServiceTest {

    @Inject
    TenantAdminService service;

    @Inject
    AuditRepository audit;

    private static final Actor ADMIN = new Actor("admin-id", "test-admin", "req-1", true);
    private static final AuditFilter ANY = new AuditFilter(null, null, null, null);

    @Inject
    TenantRepository tenants;

    @Inject
    TenantScope scope;

    @Test
    @RunOnVertxContext
    void createStoresAnActiveTenantAndItsEventInOneTransaction(UniAsserter asserter) {
        String slug = "svc-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicReference<Tenant> created = new AtomicReference<>();
        asserter.execute(() -> service.create(ADMIN, slug, "  Service Test  ", List.of("example.com"), null).invoke(created::set));
        asserter.assertThat(() -> asPlatform(() -> tenants.findById(created.get().id)), tenant -> {
            assertEquals(slug, tenant.slug);
            assertEquals("Service Test", tenant.name);
            assertEquals(TenantStatus.ACTIVE, tenant.status);
            assertEquals(List.of("example.com"), tenant.domains);
            assertEquals(3, tenant.maxConnections, "the default plan");
        });
        // the relay may already have sent and deleted it; either way, it was written with the tenant as key
        asserter.assertThat(() -> asPlatform(() -> tenants.count("slug", slug)), n -> assertEquals(1L, n));
    }

    @Test
    @RunOnVertxContext
    void aTakenSlugIsAConflictAndWritesNothing(UniAsserter asserter) {
        String slug = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        asserter.execute(() -> service.create(ADMIN, slug, "First", null, null));
        asserter.assertFailedWith(() -> service.create(ADMIN, slug, "Second", null, null), failure -> {
            assertTrue(failure instanceof ProblemException);
            assertEquals(409, ((ProblemException) failure).status());
        });
        asserter.assertThat(() -> asPlatform(() -> tenants.count("slug", slug)), n -> assertEquals(1L, n));
    }

    @Test
    @RunOnVertxContext
    void anUnknownIdIsNotFound(UniAsserter asserter) {
        asserter.assertFailedWith(() -> service.get(ADMIN, UUID.randomUUID()),
                failure -> assertEquals(404, ((ProblemException) failure).status()));
    }

    @Test
    @RunOnVertxContext
    void outboxRowsAreRelayedToKafkaAndRemoved(UniAsserter asserter) {
        asserter.execute(() -> service.create(ADMIN, "relay-" + UUID.randomUUID().toString().substring(0, 8), "Relay", null, null));
        asserter.assertThat(() -> io.smallrye.mutiny.Uni.createFrom().voidItem()
                .onItem().delayIt().by(java.time.Duration.ofSeconds(2))
                .chain(() -> Panache.withSession(() -> OutboxEvent.count())), n -> assertEquals(0L, n));
    }

    @Test
    @RunOnVertxContext
    void withoutABypassOrATenantNoTenantIsVisible(UniAsserter asserter) {
        String slug = "rls-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicReference<Tenant> created = new AtomicReference<>();
        asserter.execute(() -> service.create(ADMIN, slug, "Row Level", null, null).invoke(created::set));
        asserter.assertThat(() -> Panache.withTransaction(() -> tenants.count()), n -> assertEquals(0L, n));
        asserter.assertThat(() -> Panache.withTransaction(() -> scope.enter(created.get().id.toString())
                .chain(() -> tenants.listAll())), list -> {
                    assertEquals(1, list.size(), "a tenant sees its own row only");
                    assertEquals(slug, list.get(0).slug);
                });
    }

    @Test
    @RunOnVertxContext
    void suspensionReactivationAndDeletionFollowTheirRulesAndAreAudited(UniAsserter asserter) {
        AtomicReference<Tenant> created = new AtomicReference<>();
        asserter.execute(() -> service.create(ADMIN, "life-" + UUID.randomUUID().toString().substring(0, 8),
                "Lifecycle", null, null).invoke(created::set));
        asserter.assertThat(() -> service.suspend(ADMIN, created.get().id, "unpaid invoices"), t -> {
            assertEquals(TenantStatus.SUSPENDED, t.status);
            assertEquals("unpaid invoices", t.statusReason);
        });
        asserter.assertFailedWith(() -> service.suspend(ADMIN, created.get().id, "again"),
                failure -> assertEquals(409, ((ProblemException) failure).status()));
        asserter.assertThat(() -> service.reactivate(ADMIN, created.get().id),
                t -> assertEquals(TenantStatus.ACTIVE, t.status));
        asserter.assertFailedWith(() -> service.reactivate(ADMIN, created.get().id),
                failure -> assertEquals(409, ((ProblemException) failure).status()));
        asserter.execute(() -> service.delete(ADMIN, created.get().id));
        asserter.execute(() -> service.delete(ADMIN, created.get().id));
        asserter.assertFailedWith(() -> service.update(ADMIN, created.get().id,
                new TenantChanges("New name", null, null, null, null, null)),
                failure -> assertEquals(409, ((ProblemException) failure).status()));
        asserter.assertThat(() -> asPlatform(() -> audit.page(created.get().id.toString(), ANY, 0, 50)), entries -> {
            assertEquals(List.of("tenant.delete", "tenant.reactivate", "tenant.suspend", "tenant.create"),
                    entries.stream().map(e -> e.action).toList());
            assertTrue(entries.stream().allMatch(e -> "test-admin".equals(e.actorName) && "req-1".equals(e.requestId)));
        });
    }

    @Test
    @RunOnVertxContext
    void onlyTenantsDeletedLongerThanTheRetentionAreDueForPurgeAndAPurgedOneIsATombstone(UniAsserter asserter) {
        AtomicReference<Tenant> old = new AtomicReference<>();
        AtomicReference<Tenant> recent = new AtomicReference<>();
        asserter.execute(() -> service.create(ADMIN, "old-" + UUID.randomUUID().toString().substring(0, 8), "Old",
                null, null).invoke(old::set));
        asserter.execute(() -> service.create(ADMIN, "new-" + UUID.randomUUID().toString().substring(0, 8), "New",
                null, null).invoke(recent::set));
        asserter.execute(() -> service.delete(ADMIN, old.get().id));
        asserter.execute(() -> service.delete(ADMIN, recent.get().id));
        asserter.execute(() -> asPlatform(() -> tenants.update("deletedAt = ?1 where id = ?2",
                java.time.OffsetDateTime.now().minusDays(31), old.get().id)));
        asserter.assertThat(() -> service.pastRetention(), due -> {
            List<UUID> ids = due.stream().map(t -> t.id).toList();
            assertTrue(ids.contains(old.get().id), "deleted 31 days ago: due");
            assertTrue(!ids.contains(recent.get().id), "deleted just now: kept");
        });
        asserter.assertFailedWith(() -> service.purgeable(ADMIN, old.get().id, "not-its-slug"),
                failure -> assertEquals(422, ((ProblemException) failure).status()));
        asserter.assertThat(() -> service.markPurged(ADMIN, old.get().id), purged -> {
            assertEquals(TenantStatus.PURGED, purged.status);
            assertEquals("(purged)", purged.name);
            assertEquals(old.get().slug, purged.slug);
        });
        asserter.assertThat(() -> service.pastRetention(), due -> assertTrue(due.stream()
                .noneMatch(t -> t.id.equals(old.get().id)), "a purged tenant is not due again"));
        asserter.assertFailedWith(() -> service.purgeable(ADMIN, old.get().id, null),
                failure -> assertEquals(409, ((ProblemException) failure).status()));
    }

    @Test
    @RunOnVertxContext
    void anUpdateChangesOnlyWhatIsGivenAndRecordsTheDifference(UniAsserter asserter) {
        AtomicReference<Tenant> created = new AtomicReference<>();
        asserter.execute(() -> service.create(ADMIN, "upd-" + UUID.randomUUID().toString().substring(0, 8),
                "Before", null, null).invoke(created::set));
        asserter.assertThat(() -> service.update(ADMIN, created.get().id,
                new TenantChanges("After", null, null, 25, null, null)), t -> {
                    assertEquals("After", t.name);
                    assertEquals(25, t.maxAgents);
                    assertEquals(3, t.maxConnections);
                    assertEquals(1L, t.version);
                });
        asserter.assertThat(() -> asPlatform(() -> audit.page(created.get().id.toString(),
                new AuditFilter("tenant.update", null, null, null), 0, 5)),
                entries -> assertEquals("{\"name\":[\"Before\",\"After\"],\"maxAgents\":[10,25]}",
                        entries.get(0).summary));
    }

    private <T> io.smallrye.mutiny.Uni<T> asPlatform(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        return Panache.withTransaction(() -> scope.systemBypass("verify").chain(() -> work.get()));
    }
}
