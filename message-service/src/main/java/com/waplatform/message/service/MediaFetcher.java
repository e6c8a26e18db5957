package com.waplatform.message.service;

import com.waplatform.message.client.SessionMediaClient;
import com.waplatform.message.config.MediaConfig;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.persistence.background.BackgroundWork;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Fetches queued media files through session-service (which holds the connections' credentials) and keeps them in
 * the media store. A few run side by side, each on its own context; an attempt that may work later (provider
 * busy, session-service or the provider unreachable) is retried with exponential backoff and jitter, one that will
 * not (unknown media, file too large, refused, no room left in the plan's media storage) fails at once.
 */
@ApplicationScoped
public class MediaFetcher {

    private static final Logger LOG = Logger.getLogger(MediaFetcher.class);

    /** Answers of session-service that will not change on a retry. */
    private static final Set<Integer> FINAL = Set.of(400, 404, 413, 502);

    private final MediaDownloads downloads;
    private final MediaStore store;
    private final SessionMediaClient session;
    private final BackgroundWork background;
    private final MediaConfig config;
    private final MediaQuota quota;
    private final AtomicBoolean working = new AtomicBoolean();

    public MediaFetcher(MediaDownloads downloads, MediaStore store, @RestClient SessionMediaClient session,
            BackgroundWork background, MediaConfig config, MediaQuota quota) {
        this.quota = quota;
        this.downloads = downloads;
        this.store = store;
        this.session = session;
        this.background = background;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            background.every(config.pollInterval().toMillis(), this::tick);
        }
    }

    private void tick() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        background.run(() -> downloads.take().flatMap(this::fetchAll), done -> working.set(false), failure -> {
            working.set(false);
            LOG.warnf("media downloads: cannot take work: %s", failure.getMessage());
        });
    }

    private Uni<Void> fetchAll(List<MessageMedia> due) {
        return Multi.createFrom().iterable(due)
                .onItem().transformToUni(m -> background.isolated(() -> attempt(m))
                        .onFailure().recoverWithNull())
                .merge(config.concurrency())
                .collect().last().replaceWithVoid();
    }

    /** One attempt; its outcome is stored whatever happens (a failed store leaves the lease to expire). */
    private Uni<MessageMedia> attempt(MessageMedia m) {
        return session.fetch(m.tenantId, m.connectionId, m.providerRef)
                .flatMap(response -> keep(m, response))
                .onFailure().recoverWithItem(failure -> failed(m, failure))
                .flatMap(downloads::finish);
    }

    /** Keeps a fetched file, unless it is too large or the plan's media storage has no room for it (FAILED). */
    Uni<MessageMedia> keep(MessageMedia m, RestResponse<byte[]> response) {
        byte[] bytes = response.getEntity() == null ? new byte[0] : response.getEntity();
        if (bytes.length > config.maxBytes()) {
            return Uni.createFrom().item(outcome(m, "The file has " + bytes.length + " bytes; at most "
                    + config.maxBytes() + " are kept", true));
        }
        return quota.refusal(m.tenantId, bytes.length).flatMap(refused -> refused != null
                ? Uni.createFrom().item(outcome(m, refused, true)) : write(m, response, bytes));
    }

    private Uni<MessageMedia> write(MessageMedia m, RestResponse<byte[]> response, byte[] bytes) {
        return store.write(m.tenantId, m.messageId, bytes).map(sha -> {
            String type = response.getHeaderString("Content-Type");
            String name = response.getHeaderString(SessionMediaClient.FILE_NAME_HEADER);
            m.mimeType = type != null ? type : m.mimeType;
            m.fileName = name != null ? URLDecoder.decode(name, StandardCharsets.UTF_8) : m.fileName;
            m.sizeBytes = (long) bytes.length;
            m.sha256 = sha;
            return outcome(m, null, false);
        });
    }

    private MessageMedia failed(MessageMedia m, Throwable failure) {
        if (failure instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = detail(e);
            return outcome(m, "HTTP " + status + (detail == null ? "" : ": " + detail), FINAL.contains(status));
        }
        return outcome(m, "The media could not be fetched: " + (failure.getMessage() == null
                ? failure.getClass().getSimpleName() : failure.getMessage()), false);
    }

    private MessageMedia outcome(MessageMedia m, String error, boolean giveUp) {
        m.attempted(error);
        if (error == null) {
            m.status = MessageMedia.Status.STORED;
        } else if (giveUp || !m.scheduleRetry(config.maxAttempts(), config.firstRetry(), config.maxRetry())) {
            m.status = MessageMedia.Status.FAILED;
            LOG.infof("media of message %s (tenant %s) failed after %d attempts: %s", m.messageId, m.tenantId,
                    m.attempts, error);
        }
        return m;
    }

    /** The problem's detail from session-service's answer, if it gave one. */
    private static String detail(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            var json = new io.vertx.core.json.JsonObject(body);
            return json.getString("detail");
        } catch (RuntimeException ignored) {
            return null;
        }
    }
}
