package com.waplatform.simulator.meta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Meta's media download URLs: the bytes, for the owning number's bearer token, while the URL is valid. */
@Path("/whatsapp_business/attachments/{ref}")
public class MediaDownloadResource {

    private final MetaMedia media;
    private final MetaAccounts accounts;

    public MediaDownloadResource(MetaMedia media, MetaAccounts accounts) {
        this.media = media;
        this.accounts = accounts;
    }

    @GET
    public Response download(@PathParam("ref") String ref, @HeaderParam("Authorization") String authorization) {
        MetaMedia.Media found = media.byDownloadRef(ref).orElse(null);
        if (found == null) {
            return Response.status(404).build();
        }
        MetaNumber owner = accounts.find(found.phoneNumberId()).orElse(null);
        String expected = owner == null ? "" : "Bearer " + owner.accessToken;
        if (authorization == null || !MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw GraphError.invalidToken();
        }
        return Response.ok(found.bytes()).type(found.mimeType()).build();
    }
}
