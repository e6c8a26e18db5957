package com.waplatform.realtime.resume;

/** One record of a tenant's history: where it is, who of the tenant may see it, the event as published (JSON). */
public record LoggedEvent(EventStream stream, long offset, Audience audience, String json) {
}
