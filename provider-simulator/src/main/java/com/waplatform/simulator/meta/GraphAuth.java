package com.waplatform.simulator.meta;

import com.waplatform.simulator.webhook.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Meta's checks on a Graph call: a versioned path, the Bearer token of the object's number, the appsecret_proof. */
final class GraphAuth {

    private GraphAuth() {
    }

    static void requireVersion(String version) {
        if (!version.matches("v\\d+\\.\\d+")) {
            throw GraphError.error(400, "Unknown path components: /" + version, "OAuthException", 2500, null);
        }
    }

    static String bearer(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw GraphError.invalidToken();
        }
        return authorization.substring("Bearer ".length());
    }

    /** Whether {@code token} is the number's, and the proof (when given) its app secret's HMAC of the token. */
    static boolean tokenMatches(MetaNumber number, String token) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                number.accessToken.getBytes(StandardCharsets.UTF_8));
    }

    static void requireProof(MetaNumber number, String token, String proof) {
        if (proof == null) {
            return;
        }
        String expected = HexFormat.of().formatHex(
                WebhookSigner.hmac(token.getBytes(StandardCharsets.UTF_8), number.appSecret));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                proof.getBytes(StandardCharsets.UTF_8))) {
            throw GraphError.invalidAppSecretProof();
        }
    }
}
