package com.waplatform.tenant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.persistence.outbox.OutboxEvent;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.tenant.domain.Tenant;
import com.waplatform.tenant.domain.TenantStatus;
import com.waplatform.tenant.repository.TenantRepository;
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
class TenantServiceTest {

    @Inject
    TenantService service;

    @Inject
    TenantRepository tenants;

    @Inject
    TenantScope scope;

    @Test
    @RunOnVertxContext
    void createStoresAnActiveTenantAndItsEventInOneTransaction(UniAsserter asserter) {
        String slug = "svc-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicReference<Tenant> created = new AtomicReference<>();
        asserter.execute(() -> service.create("test", slug, "  Service Test  ").invoke(created::set));
        asserter.assertThat(() -> asPlatform(() -> tenants.findById(created.get().id)), tenant -> {
            assertEquals(slug, tenant.slug);
            assertEquals("Service Test", tenant.name);
            assertEquals(TenantStatus.ACTIVE, tenant.status);
        });
        // the relay may already have sent and deleted it; either way, it was written with the tenant as key
        asserter.assertThat(() -> asPlatform(() -> tenants.count("slug", slug)), n -> assertEquals(1L, n));
    }

    @Test
    @RunOnVertxContext
    void aTakenSlugIsAConflictAndWritesNothing(UniAsserter asserter) {
        String slug = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        asserter.execute(() -> service.create("test", slug, "First"));
        asserter.assertFailedWith(() -> service.create("test", slug, "Second"), failure -> {
            assertTrue(failure instanceof ProblemException);
            assertEquals(409, ((ProblemException) failure).status());
        });
        asserter.assertThat(() -> asPlatform(() -> tenants.count("slug", slug)), n -> assertEquals(1L, n));
    }

    @Test
    @RunOnVertxContext
    void anUnknownIdIsNotFound(UniAsserter asserter) {
        asserter.assertFailedWith(() -> service.get("test", UUID.randomUUID()),
                failure -> assertEquals(404, ((ProblemException) failure).status()));
    }

    @Test
    @RunOnVertxContext
    void outboxRowsAreRelayedToKafkaAndRemoved(UniAsserter asserter) {
        asserter.execute(() -> service.create("test", "relay-" + UUID.randomUUID().toString().substring(0, 8), "Relay"));
        asserter.assertThat(() -> io.smallrye.mutiny.Uni.createFrom().voidItem()
                .onItem().delayIt().by(java.time.Duration.ofSeconds(2))
                .chain(() -> Panache.withSession(() -> OutboxEvent.count())), n -> assertEquals(0L, n));
    }

    @Test
    @RunOnVertxContext
    void withoutABypassOrATenantNoTenantIsVisible(UniAsserter asserter) {
        String slug = "rls-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicReference<Tenant> created = new AtomicReference<>();
        asserter.execute(() -> service.create("test", slug, "Row Level").invoke(created::set));
        asserter.assertThat(() -> Panache.withTransaction(() -> tenants.count()), n -> assertEquals(0L, n));
        asserter.assertThat(() -> Panache.withTransaction(() -> scope.enter(created.get().id.toString())
                .chain(() -> tenants.listAll())), list -> {
                    assertEquals(1, list.size(), "a tenant sees its own row only");
                    assertEquals(slug, list.get(0).slug);
                });
    }

    private <T> io.smallrye.mutiny.Uni<T> asPlatform(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        return Panache.withTransaction(() -> scope.bypass("test", "verify").chain(() -> work.get()));
    }
}
