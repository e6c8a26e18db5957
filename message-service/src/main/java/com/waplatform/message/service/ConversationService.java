package com.waplatform.message.service;

import com.waplatform.contracts.DeliveryStatus;
import com.waplatform.message.domain.Contact;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.messaging.ConversationEvents;
import com.waplatform.message.repository.ContactRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.MessageCursor;
import com.waplatform.message.repository.PageCursor;
import com.waplatform.message.repository.InboxFilter;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import com.waplatform.web.outbound.OutboundUrls;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What agents do with their tenant's conversations. Every lookup is scoped to the caller's tenant. */
@ApplicationScoped
public class ConversationService {

    /** A conversation with its contact, for listings. */
    public record Thread(Conversation conversation, Contact contact) {
    }

    /** A page of the inbox, and where the next one starts (null on the last page). */
    public record Page(List<Thread> threads, PageCursor next) {
    }

    private final ConversationRepository conversations;
    private final ContactRepository contacts;
    private final MessageRepository messages;
    private final MessageMetrics metrics;
    private final ConversationEvents events;
    private final TenantScope scope;
    private final TenantDirectory tenants;
    private final OutboundUrls outboundUrls;
    private final ConversationEpisodes episodes;

    public ConversationService(ConversationRepository conversations, ContactRepository contacts,
            MessageRepository messages, ConversationEvents events, TenantScope scope, TenantDirectory tenants,
            OutboundUrls outboundUrls, ConversationEpisodes episodes, MessageMetrics metrics) {
        this.metrics = metrics;
        this.tenants = tenants;
        this.episodes = episodes;
        this.outboundUrls = outboundUrls;
        this.scope = scope;
        this.conversations = conversations;
        this.contacts = contacts;
        this.messages = messages;
        this.events = events;
    }

    @WithTransaction
    public Uni<Page> list(String tenantId, InboxFilter filter, PageCursor after, int limit) {
        return scope.enter(tenantId).chain(() -> conversations.page(tenantId, filter, after, limit)).flatMap(list -> {
            if (list.isEmpty()) {
                return Uni.createFrom().item(new Page(List.of(), null));
            }
            PageCursor next = list.size() < limit ? null : PageCursor.after(list.get(list.size() - 1));
            return contacts.findOwned(tenantId, list.stream().map(c -> c.contactId).toList()).map(found -> {
                Map<UUID, Contact> byId = found.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
                return new Page(list.stream().map(c -> new Thread(c, byId.get(c.contactId))).toList(), next);
            });
        });
    }

    @WithTransaction
    public Uni<Thread> get(String tenantId, UUID id) {
        return owned(tenantId, id).flatMap(c -> contacts.findById(c.contactId).map(contact -> new Thread(c, contact)));
    }

    /** A page of the conversation's messages, oldest first (see {@link MessageRepository#page}). */
    @WithTransaction
    public Uni<List<Message>> messages(String tenantId, UUID conversationId, MessageCursor before,
            MessageCursor after, int limit) {
        return owned(tenantId, conversationId).flatMap(c -> messages.page(tenantId, c.id, before, after, limit));
    }

    /** Messages in and out since the start of this month (UTC). */
    @WithTransaction
    public Uni<Long> messagesThisMonth(String tenantId) {
        return scope.enter(tenantId).chain(() -> messages.count("tenantId = ?1 and createdAt >= ?2", tenantId,
                monthStart()));
    }

    /**
     * A message from an agent or the automation: checked for the conversation's channel and window, stored as
     * pending and handed to session-service through the outbox.
     */
    @WithTransaction
    public Uni<Message> send(String tenantId, UUID conversationId, Message.Sender sender, String senderId,
            OutgoingMessage outgoing) {
        return send(tenantId, conversationId, sender, senderId, outgoing,
                (conversation, message) -> Uni.createFrom().voidItem());
    }

    /** The same, with more work on the stored message in its transaction (an uploaded file's record). */
    @WithTransaction
    public Uni<Message> send(String tenantId, UUID conversationId, Message.Sender sender, String senderId,
            OutgoingMessage outgoing, BiFunction<Conversation, Message, Uni<Void>> withMessage) {
        return owned(tenantId, conversationId).invoke(conversation -> {
            outgoing.check(conversation.channel);
            if (!outgoing.isTemplate()) {
                requireOpenWindow(conversation);
            }
        }).call(() -> linkAllowed(outgoing)).call(() -> withinMonthlyQuota(tenantId))
                .flatMap(conversation -> contacts.findById(conversation.contactId)
                .flatMap(contact -> {
                    Message message = new Message();
                    message.id = UUID.randomUUID();
                    message.tenantId = tenantId;
                    message.conversationId = conversation.id;
                    message.direction = Message.Direction.OUTBOUND;
                    message.sender = sender;
                    message.senderId = senderId;
                    message.type = outgoing.type();
                    message.text = outgoing.storedText();
                    message.content = "text".equals(outgoing.type()) ? null : outgoing.content().toString();
                    message.mediaStatus = outgoing.isUpload() ? MessageMedia.Status.STORED : null;
                    message.status = DeliveryStatus.PENDING;
                    message.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                    message.statusAt = message.createdAt;
                    conversation.lastMessageAt = message.createdAt;
                    if (sender == Message.Sender.AGENT) {
                        conversation.unreadCount = 0;
                    }
                    return messages.persist(message)
                            .call(() -> episodes.written(conversation, message))
                            .call(() -> withMessage.apply(conversation, message))
                            .call(() -> events.sendRequested(conversation, contact, message, outgoing))
                            .call(() -> events.messageCreated(conversation, contact, message))
                            .invoke(() -> metrics.sent(tenantId, message.type));
                }));
    }

    /**
     * The Cloud API accepts free-form messages only within 24 hours of the customer's last message; after that
     * only approved templates (Evolution numbers have no such window).
     */
    private static void requireOpenWindow(Conversation conversation) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if ("META".equals(conversation.channel)
                && (conversation.windowExpiresAt == null || conversation.windowExpiresAt.isBefore(now))) {
            throw ProblemException.unprocessable("The customer's 24-hour service window is closed"
                    + (conversation.windowExpiresAt == null ? "" : " (since " + conversation.windowExpiresAt + ")")
                    + "; WhatsApp only allows an approved template message until the customer writes again");
        }
    }

    /** The plan's messages per month (when known from tenant.events) caps what the tenant sends. */
    /** A media link is fetched by the provider (Evolution: from inside the platform's network): public only. */
    private Uni<Void> linkAllowed(OutgoingMessage outgoing) {
        return outgoing.link() == null ? Uni.createFrom().voidItem()
                : outboundUrls.check("media.link", outgoing.link()).replaceWithVoid();
    }

    private Uni<Void> withinMonthlyQuota(String tenantId) {
        var plan = tenants.find(tenantId);
        if (plan.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int quota = plan.get().messagesPerMonth();
        return messages.count("tenantId = ?1 and direction = ?2 and createdAt >= ?3", tenantId,
                Message.Direction.OUTBOUND, monthStart()).invoke(sent -> {
                    if (sent >= quota) {
                        throw ProblemException.unprocessable("Your plan's " + quota
                                + " messages for this month are used up; ask for a larger plan");
                    }
                }).replaceWithVoid();
    }

    /** Midnight UTC of the first day of this month: plans count messages per calendar month, UTC. */
    private static OffsetDateTime monthStart() {
        return OffsetDateTime.now(ZoneOffset.UTC).withDayOfMonth(1).toLocalDate().atStartOfDay()
                .atOffset(ZoneOffset.UTC);
    }

    private Uni<Conversation> owned(String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> conversations.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Conversation"));
    }
}
