package com.waplatform.message.rest;

import com.waplatform.message.service.ConversationService;
import com.waplatform.message.service.MediaQuota;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Internal: a tenant's message volume this calendar month, UTC, and the bytes of media files it keeps beside its
 * quota (for the platform's tenant overview).
 */
@Path("/internal/tenants/{tenantId}/usage")
@RolesAllowed("internal-service")
public class UsageResource {

    public record Usage(long messagesThisMonth, long mediaBytes, long mediaQuotaBytes) {
    }

    private final ConversationService conversations;
    private final MediaQuota media;

    public UsageResource(ConversationService conversations, MediaQuota media) {
        this.conversations = conversations;
        this.media = media;
    }

    @GET
    public Uni<Usage> usage(@PathParam("tenantId") String tenantId) {
        return conversations.messagesThisMonth(tenantId).flatMap(messages -> media.used(tenantId)
                .map(bytes -> new Usage(messages, bytes, media.quota(tenantId))));
    }
}
