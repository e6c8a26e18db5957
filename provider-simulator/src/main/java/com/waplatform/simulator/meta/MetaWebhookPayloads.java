package com.waplatform.simulator.meta;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Webhook bodies in the shape of Meta's WhatsApp Business Account webhooks (field "messages"). */
public final class MetaWebhookPayloads {

    private MetaWebhookPayloads() {
    }

    public static JsonObject inboundText(MetaNumber number, String from, String profileName, String messageId,
            long epochSeconds, String text) {
        return inbound(number, from, profileName, messageId, epochSeconds, "text",
                new JsonObject().put("body", text), null);
    }

    /** A customer's message of any type; {@code part} is the type's object as Meta sends it. */
    public static JsonObject inbound(MetaNumber number, String from, String profileName, String messageId,
            long epochSeconds, String type, JsonObject part, String replyTo) {
        JsonObject message = new JsonObject()
                .put("from", from)
                .put("id", messageId)
                .put("timestamp", Long.toString(epochSeconds))
                .put("type", type)
                .put(type, part);
        if (replyTo != null) {
            message.put("context", new JsonObject().put("from", number.displayPhoneNumber).put("id", replyTo));
        }
        JsonObject value = baseValue(number)
                .put("contacts", new JsonArray().add(new JsonObject()
                        .put("profile", new JsonObject().put("name", profileName))
                        .put("wa_id", from)))
                .put("messages", new JsonArray().add(message));
        return envelope(number, value);
    }

    public static JsonObject status(MetaNumber number, String messageId, String status, String recipient,
            long epochSeconds) {
        JsonObject entry = new JsonObject()
                .put("id", messageId)
                .put("status", status)
                .put("timestamp", Long.toString(epochSeconds))
                .put("recipient_id", recipient);
        if (!"read".equals(status)) {
            entry.put("conversation", new JsonObject()
                            .put("id", Integer.toHexString(recipient.hashCode()) + "conv")
                            .put("origin", new JsonObject().put("type", "service")))
                    .put("pricing", new JsonObject()
                            .put("billable", false)
                            .put("pricing_model", "PMP")
                            .put("type", "free_customer_service")
                            .put("category", "service"));
        }
        return envelope(number, baseValue(number).put("statuses", new JsonArray().add(entry)));
    }

    private static JsonObject baseValue(MetaNumber number) {
        return new JsonObject()
                .put("messaging_product", "whatsapp")
                .put("metadata", new JsonObject()
                        .put("display_phone_number", number.displayPhoneNumber)
                        .put("phone_number_id", number.phoneNumberId));
    }

    private static JsonObject envelope(MetaNumber number, JsonObject value) {
        return new JsonObject()
                .put("object", "whatsapp_business_account")
                .put("entry", new JsonArray().add(new JsonObject()
                        .put("id", number.businessAccountId)
                        .put("changes", new JsonArray().add(new JsonObject()
                                .put("value", value)
                                .put("field", "messages")))));
    }
}
