package com.waplatform.realtime.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.contracts.EventTypes;

/**
 * Which sockets of the event's tenant an event is for: conversation events and connection changes for everyone,
 * new QR codes for the tenant's admins only (a QR code lets whoever scans it attach a phone to the number), the
 * rest of {@code session.events} for nobody. Live and replayed events are sorted alike.
 */
public enum Audience {
    EVERYONE, ADMINS, NOBODY;

    public static Audience of(EventStream stream, JsonNode envelope) {
        if (stream == EventStream.CONVERSATION) {
            return EVERYONE;
        }
        String type = envelope.path("type").asText();
        if (EventTypes.CONNECTION_QR_UPDATED.equals(type)) {
            return ADMINS;
        }
        return EventTypes.CONNECTION_CHANGED.equals(type) || EventTypes.CONNECTION_DELETED.equals(type) ? EVERYONE
                : NOBODY;
    }

    public boolean includes(boolean admin) {
        return this == EVERYONE || (this == ADMINS && admin);
    }
}
