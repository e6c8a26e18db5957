package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The file of a media message: where it comes from, whether it is stored yet, and what it is. */
@Entity
@Table(name = "message_media")
public class MessageMedia extends QueuedWork {

    /**
     * PENDING until fetched (STORED) or given up after the last attempt or refused by the plan's storage quota
     * (FAILED); EXPIRED once the file is removed at the end of the plan's retention period.
     */
    public enum Status { PENDING, STORED, FAILED, EXPIRED }

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "connection_id", nullable = false)
    public UUID connectionId;

    /** Meta's media id, or for Evolution the id of the message that carries the file; null for uploads. */
    @Column(name = "provider_ref")
    public String providerRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "mime_type")
    public String mimeType;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    public String sha256;
}
