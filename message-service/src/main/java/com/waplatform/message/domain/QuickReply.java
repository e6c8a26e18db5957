package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A tenant's canned answer: an agent types {@code /shortcut} and gets its text (and media, if any). */
@Entity
@Table(name = "quick_reply")
public class QuickReply {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    /** Unique in the tenant: lower-case letters, digits, '-' and '_'. */
    @Column(nullable = false)
    public String shortcut;

    @Column(nullable = false)
    public String text;

    /** A public https link to the file sent with the text, or null. */
    @Column(name = "media_url")
    public String mediaUrl;

    /** image, video, audio or document: given with {@link #mediaUrl}, null without it. */
    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
