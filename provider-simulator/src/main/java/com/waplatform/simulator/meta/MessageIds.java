package com.waplatform.simulator.meta;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Message ids shaped like Meta's: {@code wamid.} + base64 of a binary blob that embeds the wa_id. */
@ApplicationScoped
public class MessageIds {

    private final SecureRandom random = new SecureRandom();

    public String next(String waId) {
        byte[] tail = new byte[10];
        random.nextBytes(tail);
        String blob = "\u0018\u000c" + waId + "\u0015\u0002\u0000\u0011\u0018\u0012"
                + HexFormat.of().withUpperCase().formatHex(tail) + "\u0000";
        return "wamid.HBgM" + Base64.getEncoder().encodeToString(blob.getBytes(StandardCharsets.ISO_8859_1))
                .substring(4);
    }
}
