package com.waplatform.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a provider puts in a webhook body that would let someone act as the connection, taken out before the body
 * is archived on {@code webhook.raw}: Evolution sends the instance token as {@code apikey} in every body; QR codes
 * and pairing codes link a phone to the instance; media keys and message secrets decrypt the customer's files.
 * Field names are compared without case, {@code _} or {@code -}, at any depth.
 */
final class CredentialFields {

    private static final Set<String> NAMES = Set.of("apikey", "token", "accesstoken", "secret", "password",
            "pairingcode", "mediakey", "messagesecret");
    /** Inside a {@code qrcode} object the code itself (and its image) is the credential. */
    private static final Set<String> QR_CODE = Set.of("code", "base64");

    private CredentialFields() {
    }

    /** A copy of {@code body} without credential-like fields (the original is left as it is). */
    static JsonNode stripped(JsonNode body) {
        JsonNode copy = body.deepCopy();
        strip(copy, false);
        return copy;
    }

    private static void strip(JsonNode node, boolean insideQrCode) {
        if (node.isArray()) {
            node.forEach(element -> strip(element, false));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
            if (NAMES.contains(name) || insideQrCode && QR_CODE.contains(name)) {
                fields.remove();
            } else {
                strip(field.getValue(), "qrcode".equals(name));
            }
        }
    }
}
