package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An internal note on a conversation: for the tenant's agents only, never sent to the customer. */
@Entity
@Table(name = "conversation_note")
public class ConversationNote {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
