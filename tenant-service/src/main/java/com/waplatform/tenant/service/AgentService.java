package com.waplatform.tenant.service;

import com.waplatform.tenant.identity.IdentityConfig;
import com.waplatform.tenant.identity.KeycloakAdminApi;
import com.waplatform.tenant.identity.KeycloakAdminApi.Credential;
import com.waplatform.tenant.identity.KeycloakAdminApi.Role;
import com.waplatform.tenant.identity.KeycloakAdminApi.User;
import com.waplatform.web.AccessRevocations;
import com.waplatform.web.Actor;
import com.waplatform.web.Caller;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * A tenant's agents and admins are real Keycloak users carrying the tenant in their {@code tenant_id} attribute
 * (from the admin's token, never from the request) and one of the tenant roles. Another tenant's user is "not found".
 */
@ApplicationScoped
public class AgentService {

    static final Set<String> TENANT_ROLES = Set.of(Caller.AGENT, Caller.TENANT_ADMIN);
    private static final Logger LOG = Logger.getLogger(AgentService.class);
    private static final int MAX_LISTED = 1000;
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final java.util.regex.Pattern USER_ID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final KeycloakAdminApi keycloak;
    private final String realm;
    private final AgentSeats seats;
    private final AccessRevocations revocations;
    private final AuditTrail audit;
    private final java.time.Duration linkLifespan;

    public AgentService(@RestClient KeycloakAdminApi keycloak, IdentityConfig config, AgentSeats seats,
            AccessRevocations revocations, AuditTrail audit) {
        this.keycloak = keycloak;
        this.realm = config.realm();
        this.linkLifespan = config.emailLinkLifespan();
        this.seats = seats;
        this.revocations = revocations;
        this.audit = audit;
    }

    public Uni<Agent> create(Actor actor, String tenantId, NewAgent agent) {
        boolean invited = agent.password() == null;
        return seats.takeSeat(tenantId, () -> seatsTaken(tenantId),
                        () -> keycloak.createUser(realm, new User(null, agent.username(), agent.email(),
                                agent.firstName(), agent.lastName(), true, true,
                                Map.of("tenant_id", List.of(tenantId)),
                                invited ? null : List.of(new Credential("password", agent.password(),
                                        agent.temporaryPassword())), invited ? List.of(UPDATE_PASSWORD) : null,
                                null)))
                .onFailure(e -> status(e) == 409)
                .transform(e -> ProblemException.conflict("That username or email is already in use"))
                .map(AgentService::createdId)
                .call(id -> grant(id, agent.role()))
                .call(id -> invited ? invite(id) : Uni.createFrom().voidItem())
                .call(id -> audit.recordInTenant(actor, tenantId, "agent.create", "user:" + id,
                        Map.of("username", agent.username(), "role", agent.role(), "invited", invited)))
                .chain(id -> get(tenantId, id));
    }

    /** Sends the password-reset e-mail (a link to choose a new password); the current password keeps working. */
    public Uni<Void> sendPasswordReset(Actor actor, String tenantId, String userId) {
        return owned(tenantId, userId).call(user -> {
            if (user.email() == null || user.email().isBlank()) {
                throw ProblemException.unprocessable("This user has no e-mail address to send the link to");
            }
            return email(userId);
        }).chain(() -> audit.recordInTenant(actor, tenantId, "agent.password-reset-email", "user:" + userId,
                Map.of()));
    }

    /** The invitation e-mail; if it cannot be sent the new user is removed again, so nothing is half-made. */
    private Uni<Void> invite(String userId) {
        return email(userId).onFailure(ProblemException.class).call(() -> keycloak.deleteUser(realm, userId)
                .onFailure().recoverWithNull());
    }

    private Uni<Void> email(String userId) {
        return keycloak.executeActionsEmail(realm, userId, (int) linkLifespan.toSeconds(), List.of(UPDATE_PASSWORD))
                .onFailure().transform(e -> new ProblemException(503, "Service Unavailable",
                        "The e-mail could not be sent (the mail server is not available); try again later"));
    }

    public Uni<List<Agent>> list(String tenantId) {
        return members(tenantId).flatMap(users -> users.isEmpty() ? Uni.createFrom().item(List.<Agent>of())
                : Uni.join().all(users.stream().map(this::withRole).toList()).andFailFast());
    }

    public Uni<Agent> get(String tenantId, String userId) {
        return owned(tenantId, userId).flatMap(this::withRole);
    }

    public Uni<Agent> update(Actor actor, String tenantId, String userId, Boolean enabled, String role) {
        return owned(tenantId, userId).call(user -> {
            if (actor.id().equals(userId) && (Boolean.FALSE.equals(enabled) || role != null)) {
                throw ProblemException.unprocessable("You cannot disable yourself or change your own role");
            }
            Uni<Void> change = Uni.createFrom().voidItem();
            if (enabled != null && !enabled.equals(user.enabled())) {
                Supplier<Uni<Void>> apply = () -> keycloak.updateUser(realm, userId, new User(null, null, null, null,
                        null, enabled, null, null, null, null, null));
                // enabling takes a seat again: counted under the tenant's seat lock
                // disabling ends the user's current sessions everywhere
                Supplier<Uni<Void>> guarded = enabled
                        ? () -> seats.takeSeat(tenantId, () -> seatsTaken(tenantId), apply)
                        : () -> revoking(userId, apply);
                change = change.chain(() -> guarded.get());
            }
            if (role != null) {
                change = change.chain(() -> keycloak.realmRoles(realm, userId)).chain(current -> {
                    List<Role> tenantRoles = current.stream().filter(r -> TENANT_ROLES.contains(r.name())).toList();
                    if (tenantRoles.size() == 1 && tenantRoles.get(0).name().equals(role)) {
                        return Uni.createFrom().voidItem();
                    }
                    // a new role: the tokens carrying the old one stop working, the user signs in again
                    return revoking(userId, () -> (tenantRoles.isEmpty() ? Uni.createFrom().voidItem()
                            : keycloak.removeRealmRoles(realm, userId, tenantRoles)).chain(() -> grant(userId, role)));
                });
            }
            return change.chain(() -> audit.recordInTenant(actor, tenantId, "agent.update", "user:" + userId,
                    summary(enabled, role)));
        }).chain(() -> get(tenantId, userId));
    }

    public Uni<Void> setTemporaryPassword(Actor actor, String tenantId, String userId, String password) {
        return owned(tenantId, userId)
                .chain(() -> keycloak.resetPassword(realm, userId, new Credential("password", password, true)))
                .chain(() -> audit.recordInTenant(actor, tenantId, "agent.password-reset", "user:" + userId,
                        Map.of()));
    }

    /** Removes every user of the tenant from Keycloak (a purge); a user already gone is fine. */
    public Uni<Integer> removeAll(String tenantId) {
        return members(tenantId).flatMap(users -> Multi.createFrom().iterable(users)
                .onItem().transformToUniAndConcatenate(user -> keycloak.deleteUser(realm, user.id())
                        .onFailure(e -> status(e) == 404).recoverWithNull().replaceWith(1))
                .collect().asList().map(List::size));
    }

    /**
     * Runs the change so that the user's current tokens stop working on every service: revoked before it (if that
     * cannot be recorded, 503 and nothing changes) and again after it (a token refreshed meanwhile is refused too).
     */
    private Uni<Void> revoking(String userId, Supplier<Uni<Void>> change) {
        return revocations.revoke(userId)
                .onFailure().transform(e -> new ProblemException(503, "Service Unavailable",
                        "The change cannot be enforced on the user's open sessions right now; nothing was changed, "
                                + "try again shortly"))
                .chain(() -> change.get())
                .chain(() -> revocations.revoke(userId).onFailure().recoverWithNull());
    }

    /** Enabled users hold a seat of the plan; a disabled one frees theirs. */
    private Uni<Long> seatsTaken(String tenantId) {
        return members(tenantId).map(users -> users.stream().filter(u -> Boolean.TRUE.equals(u.enabled())).count());
    }

    private Uni<List<User>> members(String tenantId) {
        return keycloak.searchUsers(realm, "tenant_id:" + tenantId, 0, MAX_LISTED, false)
                .map(users -> users.stream().filter(u -> belongsTo(u, tenantId)).toList());
    }

    private Uni<User> owned(String tenantId, String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            // Keycloak's ids are UUIDs; anything else is nobody (and never reaches the admin API's paths)
            return Uni.createFrom().failure(ProblemException.notFound("User"));
        }
        return keycloak.user(realm, userId)
                .onFailure(e -> status(e) == 404).recoverWithNull()
                .map(user -> {
                    if (user == null || !belongsTo(user, tenantId)) {
                        throw ProblemException.notFound("User");
                    }
                    return user;
                });
    }

    private Uni<Agent> withRole(User user) {
        return Uni.combine().all().unis(keycloak.realmRoles(realm, user.id()), lastSignIn(user.id()))
                .with((roles, lastSignIn) -> new Agent(user.id(), user.username(), user.email(),
                        user.firstName(), user.lastName(),
                        roles.stream().map(Role::name).filter(TENANT_ROLES::contains).sorted().findFirst()
                                .orElse(null),
                        Boolean.TRUE.equals(user.enabled()),
                        user.requiredActions() != null && user.requiredActions().contains("UPDATE_PASSWORD"),
                        lastSignIn.orElse(null)));
    }

    /** The user's latest LOGIN event; none when the realm keeps no events or cannot be asked (never a failure). */
    private Uni<Optional<OffsetDateTime>> lastSignIn(String userId) {
        return keycloak.events(realm, userId, "LOGIN", 1)
                .map(events -> events.stream().findFirst()
                        .map(e -> OffsetDateTime.ofInstant(Instant.ofEpochMilli(e.time()), ZoneOffset.UTC)))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("last sign-in of %s unknown: %s", userId, failure.toString());
                    return Optional.empty();
                });
    }

    private Uni<Void> grant(String userId, String role) {
        return keycloak.role(realm, role).chain(r -> keycloak.addRealmRoles(realm, userId, List.of(r)));
    }

    private static boolean belongsTo(User user, String tenantId) {
        return user.attributes() != null && List.of(tenantId).equals(user.attributes().get("tenant_id"));
    }

    private static String createdId(Response response) {
        String location = response.getHeaderString("Location");
        if (response.getStatus() != 201 || location == null) {
            throw new IllegalStateException("Keycloak did not create the user: HTTP " + response.getStatus());
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static int status(Throwable e) {
        return e instanceof WebApplicationException w ? w.getResponse().getStatus() : 0;
    }

    private static Map<String, Object> summary(Boolean enabled, String role) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        if (enabled != null) {
            summary.put("enabled", enabled);
        }
        if (role != null) {
            summary.put("role", role);
        }
        return summary;
    }
}
