package com.waplatform.contracts;

/** The {@code type} values of {@link EventEnvelope}, grouped by topic. */
public final class EventTypes {
    // tenant.events
    /** Every tenant.* event carries a full {@link TenantSnapshot}: consumers keep the highest version. */
    public static final String TENANT_CREATED = "tenant.created";
    public static final String TENANT_UPDATED = "tenant.updated";
    public static final String TENANT_SETTINGS_CHANGED = "tenant.settings.changed";
    public static final String TENANT_SUSPENDED = "tenant.suspended";
    public static final String TENANT_REACTIVATED = "tenant.reactivated";
    public static final String TENANT_DELETED = "tenant.deleted";
    /** Every service removes the tenant's data (idempotent: a redelivery finds nothing left). */
    public static final String TENANT_PURGED = "tenant.purged";

    // whatsapp.inbound
    /** A customer's message reached one of the tenant's numbers. */
    public static final String MESSAGE_RECEIVED = "message.received";
    /** The provider reports a delivery status (sent, delivered, read, failed) of an outbound message. */
    public static final String MESSAGE_STATUS_REPORTED = "message.status.reported";
    /** The provider reports errors about the number or the webhook itself (Meta's value-level {@code errors}). */
    public static final String PROVIDER_ERROR_REPORTED = "provider.error.reported";

    // webhook.raw
    public static final String WEBHOOK_RECEIVED = "webhook.received";

    // session.events
    /** From the gateway: the provider reports the connection's state (Evolution {@code connection.update}). */
    public static final String CONNECTION_PROVIDER_STATE = "connection.provider.state";
    /** From the gateway: a new QR code to scan (Evolution {@code qrcode.updated}); for the tenant's admins only. */
    public static final String CONNECTION_QR_UPDATED = "connection.qr.updated";
    /**
     * From session-service: a connection was created or changed (state, enabled, settings such as its
     * {@link BotSwitch bot}); full view in payload.
     */
    public static final String CONNECTION_CHANGED = "connection.changed";
    /** From session-service: a connection was deleted. */
    public static final String CONNECTION_DELETED = "connection.deleted";

    // message.outbound
    public static final String MESSAGE_SEND_REQUESTED = "message.send.requested";
    /** An agent read the conversation: the read receipt of the customer's last message goes to the provider. */
    public static final String MESSAGE_READ_REQUESTED = "message.read.requested";

    // message.status
    /** The provider accepted the message and gave it an id. */
    public static final String MESSAGE_SEND_ACCEPTED = "message.send.accepted";
    /** The send failed for good; payload carries the provider's code and reason. */
    public static final String MESSAGE_SEND_FAILED = "message.send.failed";

    // conversation.events
    public static final String CONVERSATION_MESSAGE_CREATED = "conversation.message.created";
    /** The customer reacted to a message (or removed the reaction: no emoji). */
    public static final String CONVERSATION_MESSAGE_REACTED = "conversation.message.reacted";
    /** A media message's file was stored (agents may open it) or could not be fetched. */
    public static final String CONVERSATION_MESSAGE_MEDIA = "conversation.message.media";
    public static final String CONVERSATION_MESSAGE_STATUS_CHANGED = "conversation.message.status.changed";
    /** Status, assignee, owner (bot/human) or unread count changed; the conversation's state in the payload. */
    public static final String CONVERSATION_UPDATED = "conversation.updated";

    // audit.events (payload: AuditRecord)
    public static final String AUDIT_RECORDED = "audit.recorded";

    private EventTypes() {
    }
}
