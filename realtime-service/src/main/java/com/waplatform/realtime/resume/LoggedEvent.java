package com.waplatform.realtime.resume;

/**
 * One record of a tenant's history: where it is, who of the tenant may see it, the event as published (JSON), the
 * conversation it concerns (null if none) and what a socket narrowed to summaries gets of it when that conversation
 * is not its open one ({@link Summary}; null: nothing).
 */
public record LoggedEvent(EventStream stream, long offset, Audience audience, String json, String conversationId,
        String summary) {
}
