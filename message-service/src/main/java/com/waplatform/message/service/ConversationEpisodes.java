package com.waplatform.message.service;

import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.ConversationEpisode;
import com.waplatform.message.domain.Message;
import com.waplatform.message.repository.ConversationEpisodeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Keeps the facts of each time a customer opens a conversation, for the reports, in the transaction of the change
 * (one row per episode, touched at most a few times in its life): opened by a customer's message to a new or
 * resolved conversation, answered by the first message a person writes while it is open (the bot's do not count),
 * resolved by the last resolve (a reopen clears it).
 */
@ApplicationScoped
public class ConversationEpisodes {

    private final ConversationEpisodeRepository episodes;

    public ConversationEpisodes(ConversationEpisodeRepository episodes) {
        this.episodes = episodes;
    }

    /** Whether a customer's message to the conversation (as it was before the message) opens an episode. */
    static boolean opens(Conversation before) {
        return before.episodeId == null || before.status == Conversation.Status.RESOLVED;
    }

    public Uni<Void> open(Conversation conversation, OffsetDateTime at) {
        ConversationEpisode episode = new ConversationEpisode();
        episode.id = UUID.randomUUID();
        episode.tenantId = conversation.tenantId;
        episode.conversationId = conversation.id;
        episode.connectionId = conversation.connectionId;
        episode.openedAt = at;
        conversation.episodeId = episode.id;
        return episodes.persist(episode).replaceWithVoid();
    }

    /** A message of the business: the episode's first reply when a person wrote it. */
    public Uni<Void> written(Conversation conversation, Message message) {
        boolean person = message.sender == Message.Sender.AGENT || message.sender == Message.Sender.PHONE;
        if (!person || conversation.episodeId == null) {
            return Uni.createFrom().voidItem();
        }
        return episodes.replied(conversation.tenantId, conversation.episodeId, message.createdAt,
                message.sender == Message.Sender.AGENT ? message.senderId : null).replaceWithVoid();
    }

    public Uni<Void> resolved(Conversation conversation, String actorId, OffsetDateTime at) {
        if (conversation.episodeId == null) {
            return Uni.createFrom().voidItem();
        }
        String credited = conversation.assigneeId != null ? conversation.assigneeId : actorId;
        return episodes.resolved(conversation.tenantId, conversation.episodeId, at, credited).replaceWithVoid();
    }

    public Uni<Void> reopened(Conversation conversation) {
        if (conversation.episodeId == null) {
            return Uni.createFrom().voidItem();
        }
        return episodes.reopened(conversation.tenantId, conversation.episodeId).replaceWithVoid();
    }
}
