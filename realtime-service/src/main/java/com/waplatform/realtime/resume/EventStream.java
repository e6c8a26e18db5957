package com.waplatform.realtime.resume;

import com.waplatform.contracts.Topics;

/** The two topics whose events reach the sockets. */
public enum EventStream {
    CONVERSATION(Topics.CONVERSATION_EVENTS),
    SESSION(Topics.SESSION_EVENTS);

    private final String topic;

    EventStream(String topic) {
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    public static EventStream of(String topic) {
        return Topics.SESSION_EVENTS.equals(topic) ? SESSION : CONVERSATION;
    }
}
