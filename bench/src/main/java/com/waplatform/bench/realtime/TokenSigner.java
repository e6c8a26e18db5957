package com.waplatform.bench.realtime;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for Keycloak: an RSA key pair made for this run, whose public key the benchmark's realtime-service
 * instance is given ({@code quarkus.oidc.public-key}), and access tokens signed with it (RS256) that carry what
 * the realm's tokens carry for an agent: {@code sub}, {@code tenant_id}, {@code realm_access.roles}, {@code name}.
 */
public final class TokenSigner {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));
    /** Long enough for every phase of a run. */
    private static final long LIFETIME_SECONDS = 6 * 3600;

    private final KeyPair keys;
    private final Map<String, String> issued = new ConcurrentHashMap<>();

    public TokenSigner() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as the service reads it: base64 of its X.509 (DER) encoding, no PEM lines. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** An agent's access token for the tenant (the same one for the same user: signing takes a millisecond). */
    String token(String tenantId, String userId) {
        return issued.computeIfAbsent(tenantId + "/" + userId, k -> sign(tenantId, userId));
    }

    /** A token of a user with one role of the realm ({@code agent}, {@code tenant-admin} …) in the tenant. */
    public String token(String tenantId, String userId, String role) {
        return issued.computeIfAbsent(tenantId + "/" + userId + "/" + role, k -> sign(tenantId, userId, role));
    }

    private String sign(String tenantId, String userId) {
        return sign(tenantId, userId, "agent");
    }

    private String sign(String tenantId, String userId, String role) {
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"realtime-bench\",\"sub\":\"" + userId + "\",\"tenant_id\":\"" + tenantId
                + "\",\"realm_access\":{\"roles\":[\"" + role + "\"]},\"name\":\"Agent " + userId.substring(0, 8)
                + "\",\"preferred_username\":\"" + userId + "\",\"iat\":" + now + ",\"exp\":"
                + (now + LIFETIME_SECONDS) + "}";
        String signed = HEADER + "." + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
