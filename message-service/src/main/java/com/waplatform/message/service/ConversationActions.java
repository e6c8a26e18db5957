package com.waplatform.message.service;

import com.waplatform.message.domain.Conversation;
import com.waplatform.message.messaging.ConversationEvents;
import com.waplatform.message.repository.ContactRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What agents do to a conversation besides writing: assign, resolve and reopen, take it over from the bot or hand
 * it back, mark it read (which gives the customer a read receipt). Each change is published on
 * {@code conversation.events} with the conversation's state.
 */
@ApplicationScoped
public class ConversationActions {

    public enum Action { ASSIGN, UNASSIGN, RESOLVE, REOPEN, TAKE_OVER, ESCALATE, HAND_BACK, READ }

    private final ConversationRepository conversations;
    private final ConversationEvents events;
    private final TenantScope scope;
    private final MessageRepository messages;
    private final ContactRepository contacts;
    private final BotAnswers bot;
    private final ConversationEpisodes episodes;

    public ConversationActions(ConversationRepository conversations, ConversationEvents events, TenantScope scope,
            MessageRepository messages, ContactRepository contacts, BotAnswers bot, ConversationEpisodes episodes) {
        this.bot = bot;
        this.episodes = episodes;
        this.messages = messages;
        this.contacts = contacts;
        this.conversations = conversations;
        this.events = events;
        this.scope = scope;
    }

    /** Applies the action as {@code actorId}; {@code argument} is the assignee (ASSIGN) or the reason (TAKE_OVER, ESCALATE). */
    @WithTransaction
    public Uni<Conversation> apply(String tenantId, UUID id, String actorId, Action action, String argument) {
        return scope.enter(tenantId).chain(() -> conversations.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Conversation"))
                // after the lookup: another tenant's conversation is "not found", whatever this bot's state
                .call(c -> action == Action.HAND_BACK ? botAnswersOn(c) : Uni.createFrom().voidItem())
                .call(c -> change(action, argument).test(c)
                        ? recorded(c, action, actorId).call(() -> events.updated(c, action.name().toLowerCase(),
                                actorId))
                        : Uni.createFrom().voidItem())
                // a read receipt even when nothing was unread (a reply clears the count): the provider keeps one
                .call(c -> action == Action.READ ? readReceipt(c) : Uni.createFrom().voidItem());
    }

    /** A resolve or a reopen in the facts of the customer's latest opening (reports). */
    private Uni<Void> recorded(Conversation c, Action action, String actorId) {
        return switch (action) {
            case RESOLVE -> episodes.resolved(c, actorId, OffsetDateTime.now(ZoneOffset.UTC));
            case REOPEN -> episodes.reopened(c);
            default -> Uni.createFrom().voidItem();
        };
    }

    /** A conversation handed to a bot that does not answer on its number would leave the customer waiting. */
    private Uni<Void> botAnswersOn(Conversation c) {
        return bot.on(c.tenantId, c.connectionId).invoke(on -> {
            if (!on) {
                throw ProblemException.unprocessable("The bot is off for this WhatsApp number or for your "
                        + "organization (or has no automation URL): the conversation stays with the team.");
            }
        }).replaceWithVoid();
    }

    /** The customer sees the blue ticks: the receipt of their last message goes to the provider. */
    private Uni<Void> readReceipt(Conversation c) {
        return messages.lastInbound(c.tenantId, c.id).flatMap(last -> last == null ? Uni.createFrom().voidItem()
                : contacts.findById(c.contactId).flatMap(contact -> events.readRequested(c, contact, last)));
    }

    /** The change of each action; false when it changes nothing (then nothing is published). */
    private static Predicate<Conversation> change(Action action, String argument) {
        return c -> switch (action) {
            case ASSIGN -> !argument.equals(c.assigneeId) && set(() -> c.assigneeId = argument);
            case UNASSIGN -> c.assigneeId != null && set(() -> c.assigneeId = null);
            case RESOLVE -> c.status != Conversation.Status.RESOLVED && set(() -> {
                c.status = Conversation.Status.RESOLVED;
                c.unreadCount = 0;
            });
            case REOPEN -> c.status != Conversation.Status.OPEN && set(() -> c.status = Conversation.Status.OPEN);
            case TAKE_OVER, ESCALATE -> c.owner != Conversation.Owner.HUMAN && set(() -> {
                c.owner = Conversation.Owner.HUMAN;
                c.handoffReason = argument;
            });
            case HAND_BACK -> c.owner != Conversation.Owner.BOT && set(() -> {
                c.owner = Conversation.Owner.BOT;
                c.handoffReason = null;
            });
            case READ -> c.unreadCount > 0 && set(() -> c.unreadCount = 0);
        };
    }

    private static boolean set(Runnable change) {
        change.run();
        return true;
    }
}
