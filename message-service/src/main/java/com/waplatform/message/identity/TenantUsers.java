package com.waplatform.message.identity;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.waplatform.message.config.AssigneeConfig;
import com.waplatform.web.AccessRevocations;
import com.waplatform.web.ProblemException;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Whether someone is an enabled user of a tenant, asked of tenant-service (which owns the users) and remembered
 * for {@code assignees.cache} in a bounded cache, one question per user at a time. A user whose access is revoked
 * (disabled, or given another role) is forgotten at once, so that a disabled user is not assigned meanwhile.
 */
@ApplicationScoped
public class TenantUsers {

    private static final Logger LOG = Logger.getLogger(TenantUsers.class);
    /** Users are Keycloak users, whose ids are UUIDs: anything else is nobody, and is not asked about. */
    private static final Pattern USER_ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private record Key(String tenantId, String userId) {
    }

    private final TenantUsersClient tenantService;
    private final AsyncCache<Key, Boolean> answers;
    private final AccessRevocations revocations;

    public TenantUsers(@RestClient TenantUsersClient tenantService, AssigneeConfig config,
            AccessRevocations revocations) {
        this.tenantService = tenantService;
        this.revocations = revocations;
        this.answers = Caffeine.newBuilder().maximumSize(config.cacheSize()).expireAfterWrite(config.cache())
                .executor(Runnable::run) // the questions are asynchronous already
                .buildAsync();
    }

    void forgetRevokedUsers(@Observes StartupEvent started) {
        revocations.listen(userId -> answers.synchronous().asMap().keySet()
                .removeIf(key -> key.userId().equals(userId)));
    }

    /** True for an enabled user of the tenant; 503 (a ProblemException) when tenant-service cannot say. */
    public Uni<Boolean> enabledMember(String tenantId, String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            return Uni.createFrom().item(false);
        }
        // a copy: one caller giving up must not cancel the question the others wait for
        return Uni.createFrom().completionStage(() -> answers.get(new Key(tenantId, userId), (key, executor) ->
                        ask(key).subscribeAsCompletionStage()).copy())
                .onFailure().transform(failure -> {
                    LOG.warnf("cannot ask tenant-service about a user: %s", failure.getMessage());
                    return new ProblemException(503, "Service Unavailable",
                            "Users cannot be checked right now; try again shortly");
                });
    }

    private Uni<Boolean> ask(Key key) {
        return tenantService.member(key.tenantId(), key.userId()).map(TenantUsersClient.Member::enabled)
                .onFailure(failure -> failure instanceof WebApplicationException web
                        && web.getResponse().getStatus() == 404)
                .recoverWithItem(false);
    }
}
