package com.waplatform.realtime.resume;

/**
 * One record of a tenant's history: where it is, who of the tenant may see it, the event as published (JSON), the
 * conversation it concerns (null if none) and what a socket narrowed to summaries gets of it when that conversation
 * is not its open one ({@link Summary}; null: nothing).
 */
public final class LoggedEvent {

    private final EventStream stream;
    private final long offset;
    private final Audience audience;
    private final String json;
    private final String conversationId;
    private final String summary;
    /** The last frame made of it: the live sockets of a tenant are usually all at the same position. */
    private volatile Framed last;

    private record Framed(String body, Position at, String frame) {
    }

    public LoggedEvent(EventStream stream, long offset, Audience audience, String json, String conversationId,
            String summary) {
        this.stream = stream;
        this.offset = offset;
        this.audience = audience;
        this.json = json;
        this.conversationId = conversationId;
        this.summary = summary;
    }

    /**
     * The frame of {@code body} (the event or its summary) at {@code at}: {@code "position"} first, then the rest as
     * published. Made once for all the sockets that are at the same position.
     */
    public String framed(String body, Position at) {
        Framed known = last;
        if (known != null && known.body() == body && known.at().equals(at)) {
            return known.frame();
        }
        int brace = body.indexOf('{');
        String rest = body.substring(brace + 1).stripLeading();
        String frame = "{\"position\":\"" + at + "\"" + (rest.startsWith("}") ? "" : ",") + rest;
        last = new Framed(body, at, frame);
        return frame;
    }

    public EventStream stream() {
        return stream;
    }

    public long offset() {
        return offset;
    }

    public Audience audience() {
        return audience;
    }

    public String json() {
        return json;
    }

    public String conversationId() {
        return conversationId;
    }

    public String summary() {
        return summary;
    }
}
