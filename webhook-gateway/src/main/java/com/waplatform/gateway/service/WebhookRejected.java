package com.waplatform.gateway.service;

/** A webhook the gateway refuses; the status tells the provider whether to retry (5xx, 429) or not (4xx). */
public class WebhookRejected extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    public WebhookRejected(int status, String detail) {
        this(status, detail, status == 503 ? 5 : 0);
    }

    public WebhookRejected(int status, String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** Seconds the provider should wait before retrying; 0 when it should not retry. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
