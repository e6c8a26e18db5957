package com.waplatform.contracts;

/** The edge's request id ({@code X-Request-Id}, one per request) as the services keep it, in audit records and logs. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final int MAX_LENGTH = 64;

    private RequestIds() {
    }

    /** The header's value cut to {@link #MAX_LENGTH} characters; null when the request has none. */
    public static String of(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.length() > MAX_LENGTH ? header.substring(0, MAX_LENGTH) : header;
    }
}
