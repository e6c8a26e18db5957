package com.waplatform.tenant.rest;

import com.waplatform.tenant.service.ApiKeyService;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.UUID;

/** Internal: which tenant a presented automation API key belongs to (services only; not routed by the edge). */
@Path("/internal/api-keys/verify")
@RolesAllowed("internal-service")
public class ApiKeyVerificationResource {

    public record Presented(String key) {
    }

    public record Verified(UUID keyId, String tenantId, String name) {
    }

    private final ApiKeyService keys;

    public ApiKeyVerificationResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @POST
    public Uni<Verified> verify(@NotNull(message = "a JSON body is required") Presented presented) {
        return keys.verify(presented.key())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("API key"))
                .map(key -> new Verified(key.id, key.tenantId, key.name));
    }
}
