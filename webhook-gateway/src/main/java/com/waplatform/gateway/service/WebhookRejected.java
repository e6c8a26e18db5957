package com.waplatform.gateway.service;

/** A webhook the gateway refuses; the status tells the provider whether to retry (5xx) or not (4xx). */
public class WebhookRejected extends RuntimeException {

    private final int status;

    public WebhookRejected(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
