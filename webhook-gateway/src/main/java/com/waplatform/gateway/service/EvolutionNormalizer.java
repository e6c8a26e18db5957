package com.waplatform.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventTypes;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Evolution API v2 webhook → canonical events: messages and delivery statuses for {@code whatsapp.inbound},
 * connection state and QR codes for {@code session.events}. Unknown message kinds become {@code unsupported}
 * with their raw part.
 */
public class EvolutionNormalizer {

    /** Evolution's message keys → the platform's message types. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("imageMessage", "image"), Map.entry("audioMessage", "audio"),
            Map.entry("videoMessage", "video"), Map.entry("documentMessage", "document"),
            Map.entry("documentWithCaptionMessage", "document"), Map.entry("stickerMessage", "sticker"),
            Map.entry("locationMessage", "location"), Map.entry("contactMessage", "contacts"),
            Map.entry("reactionMessage", "reaction"));
    /** messages.update status → delivery status; PLAYED counts as read. */
    private static final Map<String, String> STATUSES = Map.of("SERVER_ACK", "sent", "DELIVERY_ACK", "delivered",
            "READ", "read", "PLAYED", "read", "ERROR", "failed");

    /** The events of one webhook, split by where they go. */
    public record Events(List<InboundEvent> inbound, List<InboundEvent> session) {
    }

    private final ObjectMapper objectMapper;

    public EvolutionNormalizer(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Events normalize(JsonNode root) {
        JsonNode data = root.path("data");
        String receivedAt = root.path("date_time").asText(Instant.now().toString());
        return switch (root.path("event").asText()) {
            case "messages.upsert" -> inbound(EventTypes.MESSAGE_RECEIVED, message(data));
            case "messages.update" -> status(data, receivedAt);
            case "send.message" -> inbound(EventTypes.MESSAGE_STATUS_REPORTED, statusOf(
                    data.path("key").path("id").asText(), "sent", data.path("key").path("remoteJid").asText(),
                    timestamp(data.path("messageTimestamp"), receivedAt)));
            case "connection.update" -> session(EventTypes.CONNECTION_PROVIDER_STATE, objectMapper.createObjectNode()
                    .put("provider", "EVOLUTION")
                    .put("state", data.path("state").asText())
                    .put("statusReason", data.path("statusReason").asInt(200))
                    .put("wuid", data.path("wuid").asText(null))
                    .put("profileName", data.path("profileName").asText(null)));
            case "qrcode.updated" -> data.path("qrcode").isObject()
                    ? session(EventTypes.CONNECTION_QR_UPDATED, objectMapper.createObjectNode()
                            .put("provider", "EVOLUTION")
                            .put("base64", data.path("qrcode").path("base64").asText(null))
                            .put("pairingCode", data.path("qrcode").path("pairingCode").asText(null)))
                    : new Events(List.of(), List.of());
            default -> new Events(List.of(), List.of());
        };
    }

    private ObjectNode message(JsonNode data) {
        JsonNode key = data.path("key");
        JsonNode message = data.path("message");
        boolean fromMe = key.path("fromMe").asBoolean(false);
        ObjectNode out = objectMapper.createObjectNode()
                .put("provider", "EVOLUTION")
                .put("providerMessageId", key.path("id").asText())
                .put("from", jidDigits(key.path("remoteJid").asText()))
                .put("fromMe", fromMe)
                .put("profileName", fromMe ? null : data.path("pushName").asText(null))
                .put("timestamp", timestamp(data.path("messageTimestamp"), null));
        if (message.has("conversation")) {
            out.put("type", "text").put("text", message.path("conversation").asText());
        } else if (message.has("extendedTextMessage")) {
            JsonNode ext = message.path("extendedTextMessage");
            out.put("type", "text").put("text", ext.path("text").asText());
            replyTo(out, ext);
        } else {
            String kind = message.fieldNames().hasNext() ? message.fieldNames().next() : data.path("messageType")
                    .asText("unknown");
            String type = TYPES.get(kind);
            if (type == null) {
                out.put("type", "unsupported").put("providerType", kind);
                out.set("raw", data);
            } else {
                out.put("type", type);
                out.set("content", message.path(kind));
                replyTo(out, message.path(kind));
            }
        }
        return out;
    }

    private Events status(JsonNode data, String receivedAt) {
        String status = STATUSES.get(data.path("status").asText());
        String id = data.path("keyId").asText(data.path("key").path("id").asText(null));
        if (status == null || id == null) {
            return new Events(List.of(), List.of());
        }
        return inbound(EventTypes.MESSAGE_STATUS_REPORTED, statusOf(id, status, data.path("remoteJid").asText(),
                receivedAt));
    }

    private ObjectNode statusOf(String providerMessageId, String status, String remoteJid, String timestamp) {
        return objectMapper.createObjectNode()
                .put("provider", "EVOLUTION")
                .put("providerMessageId", providerMessageId)
                .put("status", status)
                .put("recipient", jidDigits(remoteJid))
                .put("timestamp", timestamp);
    }

    private static void replyTo(ObjectNode out, JsonNode part) {
        String quoted = part.path("contextInfo").path("stanzaId").asText(null);
        if (quoted != null) {
            out.put("replyTo", quoted);
        }
    }

    private static Events inbound(String type, ObjectNode payload) {
        return new Events(List.of(new InboundEvent(type, payload)), List.of());
    }

    private static Events session(String type, ObjectNode payload) {
        return new Events(List.of(), List.of(new InboundEvent(type, payload)));
    }

    /** Evolution sends Unix seconds as a number. */
    static String timestamp(JsonNode node, String fallback) {
        return node.canConvertToLong() && node.asLong() > 0 ? Instant.ofEpochSecond(node.asLong()).toString()
                : fallback;
    }

    /** {@code 5511999990001@s.whatsapp.net} (or {@code …:12@…}) → E.164 digits. */
    static String jidDigits(String jid) {
        return jid == null ? null : jid.replaceAll("[:@].*$", "").replaceAll("\\D", "");
    }
}
