package com.waplatform.message.rest;

import com.waplatform.message.repository.PageCursor;
import com.waplatform.message.service.ContactService;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The caller's tenant's contacts: most recently seen first, searchable, each with its conversations. */
@Path("/api/contacts")
@RolesAllowed({Caller.AGENT, Caller.TENANT_ADMIN})
public class ContactResource {

    public record ContactView(UUID id, String waId, String name, OffsetDateTime firstSeenAt,
            OffsetDateTime lastSeenAt) {
    }

    public record ConversationRef(UUID id, UUID connectionId, String status, String owner,
            OffsetDateTime lastMessageAt) {
    }

    public record ContactDetailsView(UUID id, String waId, String name, OffsetDateTime firstSeenAt,
            OffsetDateTime lastSeenAt, List<ConversationRef> conversations) {
    }

    private final ContactService contacts;
    private final Caller caller;

    public ContactResource(ContactService contacts, Caller caller) {
        this.contacts = contacts;
        this.caller = caller;
    }

    /** {@code q}: name or number; a full page answers {@code X-Next-Cursor}, passed back as {@code cursor}. */
    @GET
    public Uni<Response> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("q") @Size(max = 100, message = "must be at most 100 characters") String text,
            @QueryParam("cursor") @Size(max = 200, message = "is not a cursor of this listing") String cursor) {
        return contacts.list(caller.tenantId(), text == null || text.isBlank() ? null : text.strip(),
                cursor == null ? null : PageCursor.decode(cursor), limit).map(page -> {
                    Response.ResponseBuilder ok = Response.ok(page.contacts().stream().map(c -> new ContactView(c.id,
                            c.waId, c.profileName, c.firstSeenAt, c.lastSeenAt)).toList());
                    return (page.next() == null ? ok : ok.header("X-Next-Cursor", page.next().encode())).build();
                });
    }

    @GET
    @Path("{id}")
    public Uni<ContactDetailsView> get(@PathParam("id") UUID id) {
        return contacts.get(caller.tenantId(), id).map(d -> new ContactDetailsView(d.contact().id,
                d.contact().waId, d.contact().profileName, d.contact().firstSeenAt, d.contact().lastSeenAt,
                d.conversations().stream().map(c -> new ConversationRef(c.id, c.connectionId, c.status.name(),
                        c.owner.name(), c.lastMessageAt)).toList()));
    }
}
