package com.waplatform.message.domain;

import com.waplatform.contracts.DeliveryStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One WhatsApp message, inbound (from the customer) or outbound (agent, bot, or sent from the phone). */
@Entity
@Table(name = "message")
public class Message {

    public enum Direction { INBOUND, OUTBOUND }

    public enum Sender { CUSTOMER, AGENT, BOT, PHONE }

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sender sender;

    @Column(name = "sender_id")
    public String senderId;

    @Column(nullable = false)
    public String type;

    public String text;

    /** Type-specific content (media, location, interactive …) as the provider described it, JSON. */
    public String content;

    @Column(name = "reply_to")
    public String replyTo;

    /** The message of this tenant that {@link #replyTo} names, when it is known. */
    @Column(name = "reply_to_message_id")
    public UUID replyToMessageId;

    /** The customer's reaction to this message (an emoji), null if none or removed. */
    public String reaction;

    @Column(name = "provider_message_id")
    public String providerMessageId;

    /** Delivery status of outbound messages; null for inbound ones. */
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    @Column(name = "status_at")
    public OffsetDateTime statusAt;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_reason")
    public String errorReason;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    @Column(name = "failed_at")
    public OffsetDateTime failedAt;

    /** For media messages: whether the file is here yet (PENDING, STORED, FAILED); null for other types. */
    @Enumerated(EnumType.STRING)
    @Column(name = "media_status")
    public MessageMedia.Status mediaStatus;

    /** Why the file is not here (FAILED or EXPIRED media), for the tenant's agents and admins. */
    @Column(name = "media_error")
    public String mediaError;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Order of arrival (assigned by the database), for messages of the same second. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    /** Moves the status forward; returns false (and changes nothing) for a step back or a repeat. */
    public boolean advanceTo(DeliveryStatus next, OffsetDateTime at) {
        if (status != null && !status.canAdvanceTo(next)) {
            return false;
        }
        status = next;
        statusAt = at;
        switch (next) {
            case SENT -> sentAt = at;
            case DELIVERED -> deliveredAt = at;
            case READ -> readAt = at;
            case FAILED -> failedAt = at;
            default -> { }
        }
        return true;
    }
}
