package com.waplatform.message.rest;

import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.message.domain.AutomationSigning;
import com.waplatform.message.service.AutomationForwarder;
import com.waplatform.message.service.AutomationQueue;
import com.waplatform.message.service.AutomationSecrets;
import com.waplatform.message.service.AutomationSigner;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The tenant admin's side of the automation: the secret its webhook requests are signed with, and the deliveries
 * (dead letters above all: messages the automation never took) with a retry.
 */
@Path("/api/automation/setup")
@RolesAllowed(Caller.TENANT_ADMIN)
public class AutomationSetupResource {

    /** The secret, its version, when it was last rotated (null: never) and the header that carries signatures. */
    public record SigningSecret(String secret, int version, OffsetDateTime rotatedAt, String header) {
    }

    public record DeliveryView(UUID id, UUID conversationId, UUID messageId, String status, int attempts,
            OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static DeliveryView of(AutomationDelivery d) {
            return new DeliveryView(d.id, d.conversationId, d.messageId, d.status.name(), d.attempts,
                    d.status == AutomationDelivery.Status.PENDING ? d.nextAttemptAt : null, d.lastError,
                    d.createdAt, d.updatedAt);
        }
    }

    private final AutomationQueue queue;
    private final AutomationSecrets secrets;
    private final AutomationForwarder forwarder;
    private final Caller caller;

    public AutomationSetupResource(AutomationQueue queue, AutomationSecrets secrets, AutomationForwarder forwarder,
            Caller caller) {
        this.queue = queue;
        this.secrets = secrets;
        this.forwarder = forwarder;
        this.caller = caller;
    }

    @GET
    @Path("signing-secret")
    public Uni<SigningSecret> signingSecret() {
        return secrets.current(caller.tenantId()).map(this::view);
    }

    /** A new secret; requests are signed with it from now on (update the automation right after). */
    @POST
    @Path("signing-secret/rotate")
    public Uni<SigningSecret> rotate() {
        return secrets.rotate(caller.actor(), caller.tenantId()).map(this::view);
    }

    /** Deliveries in one status, newest first: DEAD (the default), PENDING or DELIVERED. */
    @GET
    @Path("deliveries")
    public Uni<List<DeliveryView>> deliveries(
            @QueryParam("status") @DefaultValue("DEAD") @Pattern(regexp = "DEAD|PENDING|DELIVERED",
                    message = "must be DEAD, PENDING or DELIVERED") String status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queue.list(caller.tenantId(), AutomationDelivery.Status.valueOf(status), limit)
                .map(list -> list.stream().map(DeliveryView::of).toList());
    }

    /**
     * A signed {@code test} event (header {@code X-Wa-Event: test}) sent to the automation URL now: whether it
     * answered 2xx, else why not. Nothing is queued or stored.
     */
    @POST
    @Path("test")
    public Uni<AutomationForwarder.TestOutcome> test() {
        String tenantId = caller.tenantId();
        return secrets.current(tenantId).flatMap(version -> forwarder.test(tenantId, secrets.secret(version)));
    }

    @POST
    @Path("deliveries/{id}/retry")
    public Uni<DeliveryView> retry(@PathParam("id") UUID id) {
        return queue.retry(caller.actor(), caller.tenantId(), id).map(DeliveryView::of);
    }

    private SigningSecret view(AutomationSigning version) {
        return new SigningSecret(secrets.secret(version), version.version, version.rotatedAt,
                AutomationSigner.SIGNATURE_HEADER);
    }
}
