package com.waplatform.contracts;

/** Kafka topic names. Every record on them is keyed by tenant id and carries an {@link EventEnvelope}. */
public final class Topics {
    /** Tenant lifecycle and settings changes (tenant-service). */
    public static final String TENANT_EVENTS = "tenant.events";
    /** Connection state, QR codes (session-service, webhook-gateway). */
    public static final String SESSION_EVENTS = "session.events";
    /** Normalized inbound provider events: customer messages and delivery statuses (webhook-gateway). */
    public static final String WHATSAPP_INBOUND = "whatsapp.inbound";
    /** Raw webhook bodies with headers and receipt time, for audit and replay (webhook-gateway). */
    public static final String WEBHOOK_RAW = "webhook.raw";
    /** Commands to send a message through a connection (message-service). */
    public static final String MESSAGE_OUTBOUND = "message.outbound";
    /** Results of sends: accepted by the provider or failed (session-service). */
    public static final String MESSAGE_STATUS = "message.status";
    /** Changes to conversations and messages, for live inboxes (message-service). */
    public static final String CONVERSATION_EVENTS = "conversation.events";

    /** Administrative actions of every service, for the audit log kept by tenant-service. */
    public static final String AUDIT_EVENTS = "audit.events";

    private Topics() {
    }
}
