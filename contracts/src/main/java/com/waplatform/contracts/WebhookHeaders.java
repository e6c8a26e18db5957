package com.waplatform.contracts;

/** Headers agreed between session-service (which configures the providers) and the webhook gateway. */
public final class WebhookHeaders {

    /** Set on every Evolution instance's webhook; its value is the connection's own secret. */
    public static final String EVOLUTION_SECRET = "X-Wa-Connection-Secret";

    private WebhookHeaders() {
    }
}
