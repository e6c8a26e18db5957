package com.waplatform.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Meta webhook bodies built the way Meta documents them (WhatsApp Business Account, field "messages"). */
final class MetaPayloads {

    static final String TIMESTAMP = "1763892930";

    private MetaPayloads() {
    }

    /** One entry per list element, each with one change per value. */
    static String body(List<List<String>> entries) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[" + entries.stream()
                .map(values -> "{\"id\":\"102290129340398\",\"changes\":[" + values.stream()
                        .map(v -> "{\"value\":" + v + ",\"field\":\"messages\"}").collect(Collectors.joining(","))
                        + "]}")
                .collect(Collectors.joining(",")) + "]}";
    }

    static String messages(String phoneNumberId, String from, String name, String... messages) {
        return "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550001111\","
                + "\"phone_number_id\":\"" + phoneNumberId + "\"},\"contacts\":[{\"profile\":{\"name\":\"" + name
                + "\"},\"wa_id\":\"" + from + "\"}],\"messages\":[" + String.join(",", messages) + "]}";
    }

    static String statuses(String phoneNumberId, String... statuses) {
        return "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550001111\","
                + "\"phone_number_id\":\"" + phoneNumberId + "\"},\"statuses\":[" + String.join(",", statuses) + "]}";
    }

    static String errors(String phoneNumberId) {
        return "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550001111\","
                + "\"phone_number_id\":\"" + phoneNumberId + "\"},\"errors\":[{\"code\":131051,\"title\":"
                + "\"Message type unknown\",\"message\":\"Message type unknown\",\"error_data\":{\"details\":"
                + "\"Message type is currently not supported.\"}}]}";
    }

    /** A message of {@code type} whose part is {@code part} (the type's JSON object). */
    static String message(String id, String from, String type, String part) {
        return "{\"from\":\"" + from + "\",\"id\":\"" + id + "\",\"timestamp\":\"" + TIMESTAMP + "\",\"type\":\""
                + type + "\",\"" + type + "\":" + part + "}";
    }

    static String reply(String id, String from, String text, String repliesTo) {
        return "{\"context\":{\"from\":\"15550001111\",\"id\":\"" + repliesTo + "\"},\"from\":\"" + from
                + "\",\"id\":\"" + id + "\",\"timestamp\":\"" + TIMESTAMP + "\",\"type\":\"text\",\"text\":{\"body\":\""
                + text + "\"}}";
    }

    static String status(String id, String status, String recipient) {
        String errors = "failed".equals(status) ? ",\"errors\":[{\"code\":131026,\"title\":\"Message undeliverable\","
                + "\"message\":\"Message undeliverable\",\"error_data\":{\"details\":\"Message Undeliverable.\"}}]" : "";
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"timestamp\":\"" + TIMESTAMP
                + "\",\"recipient_id\":\"" + recipient + "\"" + errors + "}";
    }

    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
