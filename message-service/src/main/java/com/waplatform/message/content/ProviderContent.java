package com.waplatform.message.content;

import static com.waplatform.message.content.MessageContents.count;
import static com.waplatform.message.content.MessageContents.number;
import static com.waplatform.message.content.MessageContents.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content as a provider described it, stored by webhook-gateway: the Cloud API's message part ({@code image},
 * {@code location}, {@code contacts}, {@code interactive} … in snake_case) or Evolution's
 * ({@code imageMessage}, {@code locationMessage}, {@code contactMessage} … in camelCase); for a type the gateway
 * does not know ({@code unsupported}), the whole raw message. Links, URLs and media ids are left out.
 */
final class ProviderContent {

    private static final Set<String> MEDIA = Set.of("image", "video", "audio", "document", "sticker");
    /** Evolution kinds the gateway passes on raw ({@code unsupported}) that still read as content. */
    private static final Set<String> RAW_EVOLUTION_KINDS = Set.of("buttonsResponseMessage", "listResponseMessage",
            "templateButtonReplyMessage", "interactiveResponseMessage", "contactsArrayMessage", "contactMessage");
    private static final Pattern VCARD_PHONE = Pattern.compile("^(?:item\\d+\\.)?TEL[^:\\r\\n]*:(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern VCARD_NAME = Pattern.compile("^FN[^:\\r\\n]*:(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private ProviderContent() {
    }

    static MessageContent read(String type, JsonNode content) {
        if (MEDIA.contains(type)) {
            return media(type, unwrapped(content));
        }
        return switch (type) {
            case "location" -> location(content);
            case "contacts" -> contacts(content);
            case "interactive", "button" -> reply(content);
            case "reaction" -> reaction(content);
            case "unsupported" -> unsupported(content);
            default -> null;
        };
    }

    /** Evolution's {@code documentWithCaptionMessage} wraps the document: {@code {message: {documentMessage}}}. */
    private static JsonNode unwrapped(JsonNode content) {
        JsonNode inner = content.path("message");
        if (inner.isObject()) {
            for (JsonNode part : inner) {
                if (part.isObject()) {
                    return part;
                }
            }
        }
        return content;
    }

    /** Cloud API: caption, filename, mime_type, voice. Evolution: caption, fileName, mimetype, fileLength, seconds, ptt. */
    private static MessageContent media(String type, JsonNode c) {
        if (!c.isObject()) {
            return null;
        }
        String fileName = text(c, "filename", "fileName");
        if (fileName == null && "document".equals(type)) {
            fileName = text(c, "title");
        }
        Long seconds = count(c.path("seconds"));
        boolean voice = c.path("voice").asBoolean(false) || c.path("ptt").asBoolean(false);
        return MessageContent.media(text(c, "caption"), fileName, text(c, "mime_type", "mimetype", "mimeType"),
                count(c.path("fileLength")), seconds == null ? null : seconds.intValue(), voice ? Boolean.TRUE : null);
    }

    /** Cloud API: latitude, longitude, name, address. Evolution: degreesLatitude, degreesLongitude, name, address. */
    private static MessageContent location(JsonNode c) {
        Double latitude = number(c, "latitude", "degreesLatitude");
        Double longitude = number(c, "longitude", "degreesLongitude");
        if (latitude == null || longitude == null) {
            return null;
        }
        return MessageContent.of(new MessageContent.Location(latitude, longitude, text(c, "name"),
                text(c, "address")));
    }

    /**
     * Cloud API: a list of {@code {name: {formatted_name}, phones: [{phone, wa_id}]}}. Evolution: a
     * {@code contactMessage {displayName, vcard}} or a {@code contactsArrayMessage {contacts: [contactMessage]}}.
     */
    private static MessageContent contacts(JsonNode c) {
        List<MessageContent.Contact> cards = new ArrayList<>();
        if (c.isArray()) {
            c.forEach(card -> cards.add(cloudApiContact(card)));
        } else if (c.path("contacts").isArray()) {
            c.path("contacts").forEach(card -> cards.add(vcardContact(card)));
        } else if (c.has("vcard") || c.has("displayName")) {
            cards.add(vcardContact(c));
        }
        cards.removeIf(card -> card.name().isEmpty() && card.phones().isEmpty());
        return cards.isEmpty() ? null : MessageContent.of(cards);
    }

    private static MessageContent.Contact cloudApiContact(JsonNode card) {
        JsonNode name = card.path("name");
        String shown = text(name, "formatted_name");
        if (shown == null) {
            String first = text(name, "first_name");
            String last = text(name, "last_name");
            shown = first == null ? last : last == null ? first : first + " " + last;
        }
        List<String> phones = new ArrayList<>();
        card.path("phones").forEach(phone -> {
            String number = text(phone, "phone", "wa_id");
            if (number != null) {
                phones.add(number);
            }
        });
        return new MessageContent.Contact(shown == null ? "" : shown, phones);
    }

    private static MessageContent.Contact vcardContact(JsonNode card) {
        String vcard = text(card, "vcard");
        String name = text(card, "displayName");
        List<String> phones = new ArrayList<>();
        if (vcard != null) {
            if (name == null) {
                Matcher fn = VCARD_NAME.matcher(vcard);
                name = fn.find() && !fn.group(1).isBlank() ? fn.group(1).trim() : null;
            }
            Matcher tel = VCARD_PHONE.matcher(vcard);
            while (tel.find()) {
                if (!tel.group(1).isBlank()) {
                    phones.add(tel.group(1).trim());
                }
            }
        }
        return new MessageContent.Contact(name == null ? "" : name, phones);
    }

    /**
     * The customer's answer to an interactive message or a template's quick-reply button. Cloud API:
     * {@code interactive {type: button_reply | list_reply | nfm_reply}} and {@code button {payload, text}}.
     * Evolution: buttonsResponseMessage, templateButtonReplyMessage, listResponseMessage, interactiveResponseMessage.
     */
    private static MessageContent reply(JsonNode c) {
        MessageContent.Interactive reply;
        if (c.has("selectedButtonId")) {
            reply = answer("button_reply", text(c, "selectedButtonId"), text(c, "selectedDisplayText"), null);
        } else if (c.has("selectedId")) {
            reply = answer("button_reply", text(c, "selectedId"), text(c, "selectedDisplayText"), null);
        } else if (c.has("singleSelectReply")) {
            reply = answer("list_reply", text(c.path("singleSelectReply"), "selectedRowId"), text(c, "title"),
                    text(c, "description"));
        } else if (c.has("nativeFlowResponseMessage")) {
            reply = new MessageContent.Interactive("flow_reply", null, null, null, null,
                    text(c.path("body"), "text"), null, null);
        } else if (c.has("payload")) {
            reply = answer("button_reply", text(c, "payload"), text(c, "text"), null);
        } else if (c.path("type").isTextual()) {
            reply = cloudApiReply(c);
        } else {
            reply = null;
        }
        return reply == null ? null : MessageContent.of(reply);
    }

    private static MessageContent.Interactive cloudApiReply(JsonNode c) {
        String type = c.path("type").asText();
        return switch (type) {
            case "button_reply", "list_reply" -> answer(type, text(c.path(type), "id"), text(c.path(type), "title"),
                    text(c.path(type), "description"));
            case "nfm_reply" -> new MessageContent.Interactive("flow_reply", null, null, null, null,
                    text(c.path(type), "body"), null, null);
            default -> new MessageContent.Interactive(type, null, null, null, null, null, null, null);
        };
    }

    private static MessageContent.Interactive answer(String kind, String id, String title, String description) {
        return new MessageContent.Interactive(kind, id, title, description, null, null, null, null);
    }

    /** Cloud API: {@code {message_id, emoji}}. Evolution: {@code reactionMessage {key: {id}, text}}. No emoji: removed. */
    private static MessageContent reaction(JsonNode c) {
        String emoji = text(c, "emoji", "text");
        String about = c.has("message_id") ? text(c, "message_id") : text(c.path("key"), "id");
        if (emoji == null && about == null) {
            return null;
        }
        return MessageContent.of(new MessageContent.Reaction(emoji, about));
    }

    /**
     * A message the gateway kept raw. Evolution's raw message ({@code {key, message: {<kind>: …}}}) is read when
     * its kind is an answer to buttons or a list, or contact cards; anything else has no content.
     */
    private static MessageContent unsupported(JsonNode raw) {
        Map.Entry<String, JsonNode> part = MessageContents.firstOf(raw.path("message"), RAW_EVOLUTION_KINDS);
        if (part == null) {
            return null;
        }
        return part.getKey().startsWith("contact") ? contacts(part.getValue()) : reply(part.getValue());
    }
}
