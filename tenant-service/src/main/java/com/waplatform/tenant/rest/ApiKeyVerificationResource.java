package com.waplatform.tenant.rest;

import com.waplatform.tenant.service.ApiKeyService;
import com.waplatform.web.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.UUID;

/**
 * Internal: which tenant a presented automation API key belongs to (services only; not routed by the edge). Each
 * check is counted ({@code api_key_verifications_total}, by outcome) so that ops see what callers of the
 * automation API cost here.
 */
@Path("/internal/api-keys/verify")
@RolesAllowed("internal-service")
public class ApiKeyVerificationResource {

    public record Presented(String key) {
    }

    public record Verified(UUID keyId, String tenantId, String name) {
    }

    private final ApiKeyService keys;
    private final Counter live;
    private final Counter rejected;

    public ApiKeyVerificationResource(ApiKeyService keys, MeterRegistry metrics) {
        this.keys = keys;
        this.live = metrics.counter("api_key_verifications", "outcome", "live");
        this.rejected = metrics.counter("api_key_verifications", "outcome", "rejected");
    }

    @POST
    public Uni<Verified> verify(@NotNull(message = "a JSON body is required") Presented presented) {
        return keys.verify(presented.key())
                .invoke(key -> (key == null ? rejected : live).increment())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("API key"))
                .map(key -> new Verified(key.id, key.tenantId, key.name));
    }
}
