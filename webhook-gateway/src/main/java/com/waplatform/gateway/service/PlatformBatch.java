package com.waplatform.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A webhook of the platform's own Meta app may carry changes of many numbers (of many tenants). Split by
 * {@code value.metadata.phone_number_id}, each number gets a webhook of its own changes only, in Meta's shape, so
 * that no tenant's raw record ever holds another tenant's data. Changes without a phone number id (account-level
 * fields) belong to no number and are left out.
 */
final class PlatformBatch {

    private PlatformBatch() {
    }

    static Map<String, ObjectNode> split(JsonNode root, ObjectMapper objectMapper) {
        Map<String, ObjectNode> byNumber = new LinkedHashMap<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                String number = change.path("value").path("metadata").path("phone_number_id").asText("");
                if (number.isEmpty()) {
                    continue;
                }
                ObjectNode part = byNumber.computeIfAbsent(number, n -> {
                    ObjectNode webhook = objectMapper.createObjectNode().put("object", root.path("object").asText());
                    webhook.putArray("entry");
                    return webhook;
                });
                ObjectNode ownEntry = objectMapper.createObjectNode().put("id", entry.path("id").asText());
                ownEntry.putArray("changes").add(change);
                part.withArray("entry").add(ownEntry);
            }
        }
        return byNumber;
    }
}
