package com.waplatform.message.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.contracts.DeliveryStatus;
import com.waplatform.message.domain.Contact;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.messaging.ConversationEvents;
import com.waplatform.message.repository.ContactRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Stores customers' messages: contact, conversation and message, once per provider message id. */
@ApplicationScoped
public class InboundService {

    private static final Logger LOG = Logger.getLogger(InboundService.class);

    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ConversationEvents events;
    private final TenantScope scope;
    private final AutomationQueue automation;
    private final BotAnswers bot;
    private final MediaDownloads media;
    private final ConversationEpisodes episodes;
    private final MessageMetrics metrics;

    public InboundService(ContactRepository contacts, ConversationRepository conversations,
            MessageRepository messages, ConversationEvents events, TenantScope scope, AutomationQueue automation,
            BotAnswers bot, MediaDownloads media, ConversationEpisodes episodes, MessageMetrics metrics) {
        this.metrics = metrics;
        this.scope = scope;
        this.episodes = episodes;
        this.media = media;
        this.automation = automation;
        this.bot = bot;
        this.contacts = contacts;
        this.conversations = conversations;
        this.messages = messages;
        this.events = events;
    }

    /** Returns true if the message was new, false for a redelivery (which changes nothing). */
    @WithTransaction
    public Uni<Boolean> receive(String tenantId, UUID connectionId, JsonNode payload) {
        String providerId = payload.path("providerMessageId").asText();
        return scope.enter(tenantId).chain(() -> messages.findByProviderId(tenantId, providerId)).flatMap(existing -> existing != null
                ? Uni.createFrom().item(false)
                : bot.on(tenantId, connectionId).flatMap(botAnswers -> store(tenantId, connectionId, botAnswers,
                        payload)).replaceWith(true));
    }

    /** {@code botAnswers}: whether the bot answers first on the number the customer wrote to. */
    private Uni<Void> store(String tenantId, UUID connectionId, boolean botAnswers, JsonNode p) {
        OffsetDateTime at = time(p.path("timestamp").asText(null));
        String waId = p.path("from").asText();
        // fromMe: the business wrote from the phone itself (Evolution); stored as outbound, sent already
        boolean fromPhone = p.path("fromMe").asBoolean(false);
        String name = fromPhone ? null : p.path("profileName").asText(null);
        String channel = p.path("provider").asText(null);
        return contact(tenantId, waId, name, at).flatMap(contact -> conversation(tenantId, contact, connectionId, at,
                        fromPhone, channel, botAnswers)
                .flatMap(conversation -> {
                    Message message = new Message();
                    message.id = UUID.randomUUID();
                    message.tenantId = tenantId;
                    message.conversationId = conversation.id;
                    message.direction = fromPhone ? Message.Direction.OUTBOUND : Message.Direction.INBOUND;
                    message.sender = fromPhone ? Message.Sender.PHONE : Message.Sender.CUSTOMER;
                    if (fromPhone) {
                        message.advanceTo(DeliveryStatus.SENT, at);
                    }
                    message.type = p.path("type").asText("unsupported");
                    message.text = p.hasNonNull("text") ? p.get("text").asText() : null;
                    message.content = p.has("content") ? p.get("content").toString()
                            : p.has("raw") ? p.get("raw").toString() : null;
                    message.replyTo = p.path("replyTo").asText(null);
                    message.providerMessageId = p.path("providerMessageId").asText();
                    message.createdAt = at;
                    String mediaRef = MediaDownloads.providerRef(p);
                    message.mediaStatus = mediaRef == null ? null : MessageMedia.Status.PENDING;
                    boolean forBot = !fromPhone && conversation.owner == Conversation.Owner.BOT && botAnswers;
                    return linkReply(tenantId, message).chain(() -> messages.persist(message))
                            .call(() -> fromPhone ? episodes.written(conversation, message)
                                    : Uni.createFrom().voidItem())
                            .call(() -> events.messageCreated(conversation, contact, message))
                            .call(() -> "reaction".equals(message.type)
                                    ? react(tenantId, conversation, p.path("content")) : Uni.createFrom().voidItem())
                            .call(() -> mediaRef == null ? Uni.createFrom().voidItem()
                                    : media.enqueue(conversation, message, mediaRef, p.path("content")))
                            .call(() -> forBot ? automation.enqueue(conversation, contact, message)
                                    : Uni.createFrom().voidItem())
                            .invoke(() -> {
                                if (!fromPhone) {
                                    metrics.received(tenantId, message.type);
                                }
                                // ids only: the text of a customer's message is never logged
                                LOG.infof("%s message %s (%s) stored in conversation %s of tenant %s",
                                        message.direction, message.id, message.type, conversation.id, tenantId);
                            });
                })).replaceWithVoid();
    }

    /** A reply names the provider id of the message it answers: linked only to a message of the same tenant. */
    private Uni<Void> linkReply(String tenantId, Message message) {
        if (message.replyTo == null) {
            return Uni.createFrom().voidItem();
        }
        return messages.findByProviderId(tenantId, message.replyTo).invoke(target -> {
            if (target != null && tenantId.equals(target.tenantId)) {
                message.replyToMessageId = target.id;
            }
        }).replaceWithVoid();
    }

    /** A reaction (or its removal, which has no emoji) is shown on the message it is about. */
    private Uni<Void> react(String tenantId, Conversation conversation, JsonNode content) {
        String target = content.path("message_id").asText(null);
        if (target == null) {
            return Uni.createFrom().voidItem();
        }
        return messages.findByProviderId(tenantId, target).flatMap(found -> {
            if (found == null || !tenantId.equals(found.tenantId)) {
                return Uni.createFrom().voidItem();
            }
            String emoji = content.path("emoji").asText(null);
            found.reaction = emoji == null || emoji.isEmpty() ? null : emoji;
            return events.reacted(conversation, found);
        });
    }

    private Uni<Contact> contact(String tenantId, String waId, String name, OffsetDateTime at) {
        return contacts.findByWaId(tenantId, waId).flatMap(found -> {
            if (found != null) {
                if (name != null) {
                    found.profileName = name;
                }
                if (at.isAfter(found.lastSeenAt)) {
                    found.lastSeenAt = at;
                }
                return Uni.createFrom().item(found);
            }
            Contact contact = new Contact();
            contact.id = UUID.randomUUID();
            contact.tenantId = tenantId;
            contact.waId = waId;
            contact.profileName = name;
            contact.firstSeenAt = at;
            contact.lastSeenAt = at;
            return contacts.persist(contact);
        });
    }

    private Uni<Conversation> conversation(String tenantId, Contact contact, UUID connectionId, OffsetDateTime at,
            boolean fromPhone, String channel, boolean botAnswers) {
        return conversations.findThread(tenantId, contact.id, connectionId).flatMap(found -> {
            Conversation c = found;
            if (c == null) {
                c = new Conversation();
                c.id = UUID.randomUUID();
                c.tenantId = tenantId;
                c.contactId = contact.id;
                c.connectionId = connectionId;
                // the bot answers first when it is on for this number (seed 003); a person takes over or is
                // escalated to
                c.owner = botAnswers ? Conversation.Owner.BOT : Conversation.Owner.HUMAN;
                c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                c.lastMessageAt = at;
            }
            if (!at.isBefore(c.lastMessageAt)) {
                c.lastMessageAt = at;
            }
            if (c.channel == null) {
                c.channel = channel;
            }
            boolean opens = !fromPhone && (found == null || ConversationEpisodes.opens(c));
            if (!fromPhone) {
                if (c.status == Conversation.Status.RESOLVED && botAnswers) {
                    // a customer coming back to a resolved conversation starts with the bot again
                    c.owner = Conversation.Owner.BOT;
                    c.handoffReason = null;
                }
                c.status = Conversation.Status.OPEN;
                c.unreadCount++;
                OffsetDateTime window = at.plusHours(24);
                if (c.windowExpiresAt == null || window.isAfter(c.windowExpiresAt)) {
                    c.windowExpiresAt = window;
                }
            } else if (c.status == null) {
                c.status = Conversation.Status.OPEN;
            }
            Uni<Conversation> stored = found == null ? conversations.persist(c) : Uni.createFrom().item(c);
            return opens ? stored.call(kept -> episodes.open(kept, at)) : stored;
        });
    }

    static OffsetDateTime time(String iso) {
        if (iso != null) {
            try {
                return OffsetDateTime.parse(iso);
            } catch (DateTimeParseException e) {
                // fall through: the provider's timestamp is unusable, receipt time is the best we have
            }
        }
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
