package com.waplatform.session.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.session.client.MessageMediaClient;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.domain.Dispatch;
import com.waplatform.session.domain.OutboundMessage;
import com.waplatform.session.provider.GraphApiClient;
import com.waplatform.session.provider.UploadException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Base64;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A file an agent uploaded, on its way to the provider: taken from message-service (which keeps it under the
 * message's id), then uploaded to Meta (the message names the new media id) or given to Evolution as base64.
 */
@ApplicationScoped
public class UploadedMedia {

    private final MessageMediaClient files;
    private final GraphApiClient graphApi;
    private final ConnectionSecrets secrets;

    public UploadedMedia(@RestClient MessageMediaClient files, GraphApiClient graphApi, ConnectionSecrets secrets) {
        this.files = files;
        this.graphApi = graphApi;
        this.secrets = secrets;
    }

    /** The message as the provider can send it; fails with an {@link UploadException} or a provider error. */
    public Uni<OutboundMessage> resolve(Connection c, Dispatch d, OutboundMessage message) {
        ObjectNode media = ((ObjectNode) message.media()).deepCopy();
        media.remove("upload");
        String mimeType = media.path("mimeType").asText("application/octet-stream");
        return files.fetch(d.tenantId, d.messageId)
                .onFailure(WebApplicationException.class).transform(e -> {
                    int status = ((WebApplicationException) e).getResponse().getStatus();
                    return new UploadException(status, status != 404, "The uploaded file is "
                            + (status == 404 ? "no longer kept" : "not available now (HTTP " + status + ")"));
                })
                .onFailure(f -> !(f instanceof UploadException)).transform(e -> new UploadException(0, true,
                        "The uploaded file cannot be taken from message-service now"))
                .flatMap(response -> {
                    byte[] bytes = response.getEntity() == null ? new byte[0] : response.getEntity();
                    if (c.type == ConnectionType.CLOUD_API) {
                        return graphApi.uploadMedia(c.phoneNumberId, secrets.accessToken(c), secrets.appSecret(c),
                                bytes, mimeType, media.path("filename").asText(null))
                                .map(id -> message.withMedia(media.put("id", id)));
                    }
                    return Uni.createFrom().item(message.withMedia(media.put("base64",
                            Base64.getEncoder().encodeToString(bytes))));
                });
    }
}
