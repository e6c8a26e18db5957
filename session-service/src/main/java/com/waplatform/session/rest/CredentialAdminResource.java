package com.waplatform.session.rest;

import com.waplatform.session.service.CredentialRotation;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Map;

/**
 * Platform staff: the credentials key rotation. Deploy with the new key as {@code credentials.key} (new version)
 * and the old one under {@code credentials.previous-keys}, call {@code POST /rotate}, check that no connection is
 * left under the old version, then remove the old key.
 */
@Path("/api/admin/credentials")
@RolesAllowed(Caller.PLATFORM_ADMIN)
public class CredentialAdminResource {

    private final CredentialRotation rotation;
    private final Caller caller;

    public CredentialAdminResource(CredentialRotation rotation, Caller caller) {
        this.rotation = rotation;
        this.caller = caller;
    }

    @GET
    public Uni<CredentialRotation.Status> status() {
        return rotation.status(caller.actor());
    }

    @POST
    @Path("rotate")
    public Uni<Map<String, Object>> rotate() {
        return rotation.rotate(caller.actor()).flatMap(rotated -> rotation.status(caller.actor())
                .map(status -> Map.of("rotated", rotated, "currentKeyVersion", status.currentKeyVersion(),
                        "connectionsByKeyVersion", status.connectionsByKeyVersion())));
    }
}
