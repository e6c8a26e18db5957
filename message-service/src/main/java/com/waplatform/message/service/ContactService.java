package com.waplatform.message.service;

import com.waplatform.message.domain.Contact;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.repository.ContactRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.PageCursor;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The tenant's contacts (customers who wrote to one of its numbers), for agents. */
@ApplicationScoped
public class ContactService {

    /** A contact with its conversations (one per number it wrote to). */
    public record ContactDetails(Contact contact, List<Conversation> conversations) {
    }

    /** A page of contacts and where the next one starts (null on the last page). */
    public record Page(List<Contact> contacts, PageCursor next) {
    }

    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final TenantScope scope;

    public ContactService(ContactRepository contacts, ConversationRepository conversations, TenantScope scope) {
        this.contacts = contacts;
        this.conversations = conversations;
        this.scope = scope;
    }

    @WithTransaction
    public Uni<Page> list(String tenantId, String text, PageCursor after, int limit) {
        return scope.enter(tenantId).chain(() -> contacts.page(tenantId, text, after, limit)).map(list -> {
            Contact last = list.isEmpty() ? null : list.get(list.size() - 1);
            return new Page(list, list.size() < limit ? null : new PageCursor(last.lastSeenAt, last.id));
        });
    }

    @WithTransaction
    public Uni<ContactDetails> get(String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> contacts.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Contact"))
                .flatMap(contact -> conversations.ofContact(tenantId, contact.id)
                        .map(list -> new ContactDetails(contact, list)));
    }
}
