package com.waplatform.message.rest;

import com.waplatform.message.service.ConversationService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Internal: a tenant's message volume this calendar month, UTC (for the platform's tenant overview). */
@Path("/internal/tenants/{tenantId}/usage")
@RolesAllowed("internal-service")
public class UsageResource {

    public record Usage(long messagesThisMonth) {
    }

    private final ConversationService conversations;

    public UsageResource(ConversationService conversations) {
        this.conversations = conversations;
    }

    @GET
    public Uni<Usage> usage(@PathParam("tenantId") String tenantId) {
        return conversations.messagesThisMonth(tenantId).map(Usage::new);
    }
}
