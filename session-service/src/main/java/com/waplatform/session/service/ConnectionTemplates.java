package com.waplatform.session.service;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.waplatform.session.config.TemplatesConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.domain.MessageTemplate;
import com.waplatform.session.provider.GraphApiClient;
import com.waplatform.session.provider.GraphApiException;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The message templates of a tenant's Cloud API number, read from Meta with the number's own credentials and kept
 * a few minutes per connection, so that a full inbox opening the template picker does not call Meta once per agent.
 * Templates are a Cloud API thing: an Evolution number has none (409).
 */
@ApplicationScoped
public class ConnectionTemplates {

    private final ConnectionService connections;
    private final ConnectionSecrets secrets;
    private final GraphApiClient graphApi;
    private final TemplatesConfig config;
    private final AsyncCache<UUID, List<MessageTemplate>> cache;

    public ConnectionTemplates(ConnectionService connections, ConnectionSecrets secrets, GraphApiClient graphApi,
            TemplatesConfig config) {
        this.connections = connections;
        this.secrets = secrets;
        this.graphApi = graphApi;
        this.config = config;
        this.cache = Caffeine.newBuilder().expireAfterWrite(config.cacheTtl()).maximumSize(config.cacheSize())
                .buildAsync();
    }

    /** The number's templates; another tenant's connection id is a 404 like everywhere else. */
    public Uni<List<MessageTemplate>> of(String tenantId, UUID connectionId) {
        return connections.get(tenantId, connectionId).flatMap(c -> {
            requireCloudApi(c);
            return Uni.createFrom().completionStage(() -> cache.get(c.id,
                    (id, executor) -> fromMeta(c).subscribeAsCompletionStage()));
        });
    }

    private static void requireCloudApi(Connection c) {
        if (c.type != ConnectionType.CLOUD_API) {
            throw ProblemException.conflict("Message templates belong to WhatsApp Cloud API numbers; this number "
                    + "is connected through Evolution (WhatsApp Web), which sends free text at any time");
        }
        if (c.businessAccountId == null || c.businessAccountId.isBlank()) {
            throw ProblemException.conflict("This number has no WhatsApp Business Account id; connect it again "
                    + "with its businessAccountId to read its templates");
        }
    }

    private Uni<List<MessageTemplate>> fromMeta(Connection c) {
        String token = secrets.accessToken(c);
        String appSecret = secrets.appSecret(c);
        List<MessageTemplate> all = new ArrayList<>();
        return page(c.businessAccountId, token, appSecret, null, all, 1)
                .onFailure(GraphApiException.class).transform(e -> refused((GraphApiException) e));
    }

    private Uni<List<MessageTemplate>> page(String waba, String token, String appSecret, String after,
            List<MessageTemplate> all, int number) {
        return graphApi.messageTemplates(waba, token, appSecret, after).flatMap(page -> {
            page.templates().stream().map(t -> MessageTemplate.fromGraph((io.vertx.core.json.JsonObject) t))
                    .forEach(all::add);
            if (page.after() == null || number >= config.maxPages()) {
                return Uni.createFrom().item(List.copyOf(all));
            }
            return page(waba, token, appSecret, page.after(), all, number + 1);
        });
    }

    private static ProblemException refused(GraphApiException e) {
        if (e.retryable()) {
            return new ProblemException(503, "Service Unavailable",
                    "Meta's Cloud API cannot be reached right now; try again in a moment");
        }
        if (e.credentialsRejected()) {
            return new ProblemException(502, "Bad Gateway",
                    "Meta rejected the number's access token (invalid or expired); update the number's credentials");
        }
        return new ProblemException(502, "Bad Gateway", "Meta refused to list the templates: " + e.getMessage());
    }
}
