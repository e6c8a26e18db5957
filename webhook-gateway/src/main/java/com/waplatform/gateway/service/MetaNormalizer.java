package com.waplatform.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Meta webhook body → canonical events. Every entry and every change of a batch is read; a message type the
 * platform does not know becomes {@code unsupported} with its raw part, never dropped.
 */
public class MetaNormalizer {

    private static final Logger LOG = Logger.getLogger(MetaNormalizer.class);
    static final Set<String> KNOWN_TYPES = Set.of("text", "image", "audio", "video", "document", "sticker",
            "location", "contacts", "interactive", "button", "reaction");

    private final ObjectMapper objectMapper;

    public MetaNormalizer(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The events of a body for the connection's number; changes for another number are skipped. */
    public List<InboundEvent> normalize(JsonNode root, String expectedPhoneNumberId) {
        List<InboundEvent> events = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                String phoneNumberId = value.path("metadata").path("phone_number_id").asText(null);
                if (!"messages".equals(change.path("field").asText())) {
                    continue;
                }
                if (expectedPhoneNumberId != null && !expectedPhoneNumberId.equals(phoneNumberId)) {
                    LOG.warnf("skipping a change for phone number %s on a connection for %s", phoneNumberId,
                            expectedPhoneNumberId);
                    continue;
                }
                Map<String, String> names = profileNames(value);
                for (JsonNode message : value.path("messages")) {
                    events.add(new InboundEvent(EventTypes.MESSAGE_RECEIVED, message(message, names, phoneNumberId)));
                }
                for (JsonNode status : value.path("statuses")) {
                    events.add(new InboundEvent(EventTypes.MESSAGE_STATUS_REPORTED, status(status, phoneNumberId)));
                }
                if (value.path("errors").isArray() && !value.path("errors").isEmpty()) {
                    ObjectNode errors = objectMapper.createObjectNode().put("provider", "META")
                            .put("phoneNumberId", phoneNumberId);
                    errors.set("errors", value.path("errors"));
                    events.add(new InboundEvent(EventTypes.PROVIDER_ERROR_REPORTED, errors));
                }
            }
        }
        return events;
    }

    private ObjectNode message(JsonNode m, Map<String, String> names, String phoneNumberId) {
        String type = m.path("type").asText("unknown");
        String from = digits(m.path("from").asText());
        ObjectNode out = objectMapper.createObjectNode()
                .put("provider", "META")
                .put("providerMessageId", m.path("id").asText())
                .put("phoneNumberId", phoneNumberId)
                .put("from", from)
                .put("profileName", names.getOrDefault(from, null))
                .put("timestamp", timestamp(m.path("timestamp")))
                .put("type", KNOWN_TYPES.contains(type) ? type : "unsupported");
        if ("text".equals(type)) {
            out.put("text", m.path("text").path("body").asText());
        } else if (KNOWN_TYPES.contains(type)) {
            out.set("content", m.path(type));
        } else {
            out.put("providerType", type);
            out.set("raw", m);
        }
        if (m.has("context")) {
            out.put("replyTo", m.path("context").path("id").asText(null));
        }
        return out;
    }

    private ObjectNode status(JsonNode s, String phoneNumberId) {
        ObjectNode out = objectMapper.createObjectNode()
                .put("provider", "META")
                .put("providerMessageId", s.path("id").asText())
                .put("phoneNumberId", phoneNumberId)
                .put("status", s.path("status").asText())
                .put("recipient", digits(s.path("recipient_id").asText()))
                .put("timestamp", timestamp(s.path("timestamp")));
        if (s.has("errors")) {
            out.set("errors", s.path("errors"));
        }
        return out;
    }

    private static Map<String, String> profileNames(JsonNode value) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode contact : value.path("contacts")) {
            names.put(digits(contact.path("wa_id").asText()), contact.path("profile").path("name").asText(null));
        }
        return names;
    }

    /** Meta sends Unix seconds as a string. */
    static String timestamp(JsonNode node) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(node.asText())).toString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("\\D", "");
    }
}
