package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The thread between one contact and one of the tenant's numbers. */
@Entity
@Table(name = "conversation")
public class Conversation {

    public enum Status { OPEN, PENDING, RESOLVED }

    public enum Owner { BOT, HUMAN }

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(name = "connection_id", nullable = false)
    public UUID connectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Owner owner;

    @Column(name = "assignee_id")
    public String assigneeId;

    @Column(name = "unread_count", nullable = false)
    public int unreadCount;

    @Column(name = "last_message_at", nullable = false)
    public OffsetDateTime lastMessageAt;

    /** Customer-service window: last inbound message + 24 hours. */
    @Column(name = "window_expires_at")
    public OffsetDateTime windowExpiresAt;

    /** META (Cloud API: the 24-hour window applies) or EVOLUTION; from the provider of its first message. */
    @Column
    public String channel;

    /** Why the bot handed the conversation to a person (escalation), if it did. */
    @Column(name = "handoff_reason")
    public String handoffReason;

    /** Labels the tenant's agents put on it (e.g. "vip", "billing"), for filtering the inbox. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] labels = new String[0];

    /** Key/value attributes set by the tenant's automation (a JSON object), shown to agents. */
    @Column
    public String attributes;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The latest time a customer opened it (reports); null until a customer writes. */
    @Column(name = "episode_id")
    public UUID episodeId;
}
