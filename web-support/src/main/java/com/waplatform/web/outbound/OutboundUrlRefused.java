package com.waplatform.web.outbound;

/** A URL the platform will not send a request to; the message completes "<field> …" for a person. */
public class OutboundUrlRefused extends RuntimeException {

    public OutboundUrlRefused(String reason) {
        super(reason, null, false, false);
    }
}
