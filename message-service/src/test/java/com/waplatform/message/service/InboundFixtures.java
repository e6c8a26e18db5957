package com.waplatform.message.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Normalized inbound payloads, as the webhook gateway publishes them. */
final class InboundFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private InboundFixtures() {
    }

    /** Runs {@code work} in a transaction scoped to the tenant, as the services do (row-level security). */
    static <T> Uni<T> inTenant(TenantScope scope, String tenant, Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> scope.enter(tenant).chain(() -> work.get()));
    }

    /** Runs {@code work} on a context of its own, as a request would, and waits for it (10 s at most). */
    static <T> T await(BackgroundWork background, Supplier<Uni<T>> work) {
        return background.isolated(work).await().atMost(Duration.ofSeconds(10));
    }

    /** {@link #inTenant} on a context of its own, waited for. */
    static <T> T awaitInTenant(BackgroundWork background, TenantScope scope, String tenant, Supplier<Uni<T>> work) {
        return await(background, () -> inTenant(scope, tenant, work));
    }

    static String tenant() {
        return "t-" + UUID.randomUUID();
    }

    static ObjectNode text(String providerId, String from, String text) {
        return JSON.createObjectNode()
                .put("provider", "META")
                .put("providerMessageId", providerId)
                .put("from", from)
                .put("profileName", "Test Customer")
                .put("timestamp", Instant.now().toString())
                .put("type", "text")
                .put("text", text);
    }

    static ObjectNode status(String providerId, String status) {
        return JSON.createObjectNode()
                .put("provider", "META")
                .put("providerMessageId", providerId)
                .put("status", status)
                .put("timestamp", Instant.now().toString());
    }

    static ObjectNode sendAccepted(UUID messageId, String providerId) {
        return JSON.createObjectNode().put("messageId", messageId.toString()).put("providerMessageId", providerId);
    }
}
