package com.waplatform.tenant.identity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of Keycloak's admin REST API that manages a realm's users, called with tenant-service's own service
 * account (client credentials; realm-management roles manage-users, view-users, query-users, view-events).
 */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter
@Path("/admin/realms/{realm}")
@Consumes(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, String email, String firstName, String lastName, Boolean enabled,
            Boolean emailVerified, Map<String, List<String>> attributes, List<Credential> credentials,
            List<String> requiredActions, Long createdTimestamp) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Credential(String type, String value, Boolean temporary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String id, String name) {
    }

    /** A user event the realm records (its events are on for {@code LOGIN}): when, in epoch milliseconds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(long time, String type, String userId) {
    }

    @POST
    @Path("users")
    Uni<Response> createUser(@PathParam("realm") String realm, User user);

    @GET
    @Path("users")
    Uni<List<User>> searchUsers(@PathParam("realm") String realm, @QueryParam("q") String attributeQuery,
            @QueryParam("first") int first, @QueryParam("max") int max,
            @QueryParam("briefRepresentation") boolean brief);

    @GET
    @Path("users/{id}")
    Uni<User> user(@PathParam("realm") String realm, @PathParam("id") String id);

    @PUT
    @Path("users/{id}")
    Uni<Void> updateUser(@PathParam("realm") String realm, @PathParam("id") String id, User user);

    @PUT
    @Path("users/{id}/reset-password")
    Uni<Void> resetPassword(@PathParam("realm") String realm, @PathParam("id") String id, Credential credential);

    /** Keycloak e-mails the user a link to perform the actions (e.g. UPDATE_PASSWORD), valid for lifespan s. */
    @PUT
    @Path("users/{id}/execute-actions-email")
    Uni<Void> executeActionsEmail(@PathParam("realm") String realm, @PathParam("id") String id,
            @QueryParam("lifespan") int lifespanSeconds, List<String> actions);

    @DELETE
    @Path("users/{id}")
    Uni<Void> deleteUser(@PathParam("realm") String realm, @PathParam("id") String id);

    /** The realm's user events, newest first (needs realm-management's view-events). */
    @GET
    @Path("events")
    Uni<List<Event>> events(@PathParam("realm") String realm, @QueryParam("user") String userId,
            @QueryParam("type") String type, @QueryParam("max") int max);

    @GET
    @Path("roles/{name}")
    Uni<Role> role(@PathParam("realm") String realm, @PathParam("name") String name);

    @GET
    @Path("users/{id}/role-mappings/realm")
    Uni<List<Role>> realmRoles(@PathParam("realm") String realm, @PathParam("id") String id);

    @POST
    @Path("users/{id}/role-mappings/realm")
    Uni<Void> addRealmRoles(@PathParam("realm") String realm, @PathParam("id") String id, List<Role> roles);

    @DELETE
    @Path("users/{id}/role-mappings/realm")
    Uni<Void> removeRealmRoles(@PathParam("realm") String realm, @PathParam("id") String id, List<Role> roles);
}
