package com.waplatform.tenant.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.waplatform.tenant.domain.ApiKey;
import com.waplatform.tenant.service.ApiKeyService;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The tenant's automation API keys. The key is in the answer to its creation, and nowhere else, ever. */
@Path("/api/tenant/api-keys")
@RolesAllowed(Caller.TENANT_ADMIN)
public class ApiKeyResource {

    public record CreateKey(@NotBlank(message = "is required") @Size(max = 100, message = "is too long") String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyView(UUID id, String name, String prefix, String key, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime revokedAt) {

        static KeyView of(ApiKey k, String secret) {
            return new KeyView(k.id, k.name, k.prefix, secret, k.createdBy, k.createdAt, k.revokedAt);
        }
    }

    private final ApiKeyService keys;
    private final Caller caller;

    public ApiKeyResource(ApiKeyService keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") CreateKey request,
            @Context UriInfo uri) {
        return keys.create(caller.actor(), caller.tenantId(), request.name())
                .map(created -> Response.created(uri.getAbsolutePathBuilder().path(created.key().id.toString())
                        .build()).entity(KeyView.of(created.key(), created.secret())).build());
    }

    @GET
    public Uni<List<KeyView>> list() {
        return keys.list(caller.tenantId()).map(list -> list.stream().map(k -> KeyView.of(k, null)).toList());
    }

    @DELETE
    @Path("{id}")
    public Uni<Response> revoke(@PathParam("id") UUID id) {
        return keys.revoke(caller.actor(), caller.tenantId(), id).map(done -> Response.noContent().build());
    }
}
