package com.waplatform.session.service;

import com.waplatform.session.config.ProvidersConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.provider.EvolutionApiClient;
import com.waplatform.session.provider.GraphApiClient;
import com.waplatform.session.provider.ProviderException;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The files of customers' media messages, fetched from the provider with the connection's own credentials: Meta
 * turns a media id into a short-lived URL that only the number's token may download; Evolution decrypts a received
 * message's file and gives it as base64. Failures say whether trying again later may help (503) or not (502).
 */
@ApplicationScoped
public class ProviderMedia {

    /** A media file: its type as the provider names it, its file name if any, and the bytes. */
    public record MediaFile(String mimeType, String fileName, byte[] bytes) {
    }

    private final ConnectionService connections;
    private final ConnectionSecrets secrets;
    private final GraphApiClient graphApi;
    private final EvolutionApiClient evolution;
    private final long maxBytes;

    public ProviderMedia(ConnectionService connections, ConnectionSecrets secrets, GraphApiClient graphApi,
            EvolutionApiClient evolution, ProvidersConfig config) {
        this.connections = connections;
        this.secrets = secrets;
        this.graphApi = graphApi;
        this.evolution = evolution;
        this.maxBytes = config.mediaMaxBytes();
    }

    /** {@code ref} is Meta's media id, or for Evolution the id of the message that carries the media. */
    public Uni<MediaFile> fetch(String tenantId, UUID connectionId, String ref) {
        return connections.get(tenantId, connectionId)
                .flatMap(c -> c.type == ConnectionType.CLOUD_API ? fromGraphApi(c, ref) : fromEvolution(c, ref))
                .invoke(file -> requireWithinLimit(file.bytes().length))
                .onFailure(ProviderException.class).transform(e -> refused((ProviderException) e));
    }

    private Uni<MediaFile> fromGraphApi(Connection c, String mediaId) {
        String token = secrets.accessToken(c);
        return graphApi.mediaInfo(mediaId, token, secrets.appSecret(c))
                .invoke(info -> requireWithinLimit(info.fileSize()))
                .flatMap(info -> graphApi.download(info.url(), token)
                        .map(bytes -> new MediaFile(info.mimeType(), null, bytes.getBytes())));
    }

    private Uni<MediaFile> fromEvolution(Connection c, String messageId) {
        return evolution.mediaFile(c.instanceName, secrets.instanceToken(c), messageId)
                .map(file -> new MediaFile(file.mimeType(), file.fileName(), file.bytes()));
    }

    private void requireWithinLimit(long size) {
        if (size > maxBytes) {
            throw new ProblemException(413, "Content Too Large", "The media file has " + size
                    + " bytes; the platform keeps media of at most " + maxBytes + " bytes");
        }
    }

    private static ProblemException refused(ProviderException e) {
        return e.retryable()
                ? new ProblemException(503, "Service Unavailable", "The provider cannot give the media now: "
                        + e.getMessage())
                : new ProblemException(502, "Bad Gateway", "The provider refused the media: " + e.getMessage());
    }
}
