package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One time a customer opened a conversation (its first message, or the first after it was resolved), with the
 * facts the reports measure: the first reply of a person and the resolution. A reopen clears the resolution, so a
 * conversation resolved twice without a new customer message counts its last resolution.
 */
@Entity
@Table(name = "conversation_episode")
public class ConversationEpisode {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(name = "connection_id", nullable = false)
    public UUID connectionId;

    /** When the customer's opening message was written. */
    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    /** The first message of a person (an agent, or typed on the phone) while it was open; never the bot's. */
    @Column(name = "first_reply_at")
    public OffsetDateTime firstReplyAt;

    /** The agent who wrote it (null when typed on the phone itself). */
    @Column(name = "first_reply_by")
    public String firstReplyBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    /** The agent credited with the resolution: the assignee then, else the person who resolved it. */
    @Column(name = "resolved_by")
    public String resolvedBy;
}
