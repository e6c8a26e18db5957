package com.waplatform.tenant.service;

import com.waplatform.tenant.identity.UsageApi;
import com.waplatform.web.Actor;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A tenant at a glance for platform staff: its plan next to what it uses (connections from session-service, users
 * from Keycloak, messages this month and bytes of media files kept from message-service). A service that does not
 * answer leaves its figures null.
 */
@ApplicationScoped
public class TenantOverviewService {

    /** Usage beside the plan's limits; null where the owning service did not answer. */
    public record Overview(UUID tenantId, String status, Long connections, int maxConnections, Long agents,
            int maxAgents, Long messagesThisMonth, int messagesPerMonth, Long mediaBytes, long mediaQuotaBytes,
            int mediaRetentionDays) {
    }

    private static final Logger LOG = Logger.getLogger(TenantOverviewService.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final TenantAdminService tenants;
    private final AgentService agents;
    private final UsageApi sessions;
    private final UsageApi messages;

    public TenantOverviewService(TenantAdminService tenants, AgentService agents,
            @ConfigProperty(name = "usage.session-service-url") URI sessionService,
            @ConfigProperty(name = "usage.message-service-url") URI messageService) {
        this.tenants = tenants;
        this.agents = agents;
        this.sessions = QuarkusRestClientBuilder.newBuilder().baseUri(sessionService).build(UsageApi.class);
        this.messages = QuarkusRestClientBuilder.newBuilder().baseUri(messageService).build(UsageApi.class);
    }

    public Uni<Overview> overview(Actor actor, UUID id) {
        return tenants.get(actor, id).flatMap(tenant -> {
            String tenantId = tenant.id.toString();
            Uni<Long> connections = orNull(sessions.usage(tenantId).map(UsageApi.Usage::connections), "connections");
            Uni<Long> users = orNull(agents.list(tenantId).map(list -> (long) list.size()), "agents");
            Uni<UsageApi.Usage> inbox = messages.usage(tenantId).memoize().indefinitely();
            Uni<Long> volume = orNull(inbox.map(UsageApi.Usage::messagesThisMonth), "messages");
            Uni<Long> media = orNull(inbox.map(UsageApi.Usage::mediaBytes), "media");
            return Uni.combine().all().unis(connections, users, volume, media).with((c, a, m, bytes) ->
                    new Overview(tenant.id, tenant.status.name(), c, tenant.maxConnections, a, tenant.maxAgents, m,
                            tenant.messagesPerMonth, bytes, tenant.mediaQuotaBytes, tenant.mediaRetentionDays));
        });
    }

    private static Uni<Long> orNull(Uni<Long> figure, String what) {
        return figure.ifNoItem().after(TIMEOUT).fail().onFailure().recoverWithItem(failure -> {
            LOG.warnf("tenant overview without %s: %s", what, failure.toString());
            return null;
        });
    }
}
