package com.waplatform.tenant.service;

import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.tenant.domain.ApiKey;
import com.waplatform.tenant.repository.ApiKeyRepository;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Automation API keys: {@code wak_<prefix>_<secret>}, random, shown once. Only the prefix and a SHA-256 of the
 * whole key are stored (a random 190-bit key needs no slow hash); revoked keys stop working at once.
 */
@ApplicationScoped
public class ApiKeyService {

    /** A key just created: the only moment the whole key exists outside its owner's hands. */
    public record CreatedKey(ApiKey key, String secret) {
    }

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String PREFIX = "wak_";

    private final ApiKeyRepository keys;
    private final AuditTrail audit;
    private final TenantScope scope;
    private final SecureRandom random = new SecureRandom();

    public ApiKeyService(ApiKeyRepository keys, AuditTrail audit, TenantScope scope) {
        this.keys = keys;
        this.audit = audit;
        this.scope = scope;
    }

    @WithTransaction
    public Uni<CreatedKey> create(Actor actor, String tenantId, String name) {
        String prefix = randomText(10);
        String secret = PREFIX + prefix + "_" + randomText(32);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.tenantId = tenantId;
        key.name = name.strip();
        key.prefix = prefix;
        key.secretHash = sha256(secret);
        key.createdBy = actor.name();
        key.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return scope.enter(tenantId).chain(() -> keys.persist(key))
                .call(k -> audit.record(actor, tenantId, "apikey.create", "apikey:" + k.id,
                        Map.of("name", k.name, "prefix", k.prefix)))
                .map(k -> new CreatedKey(k, secret));
    }

    @WithTransaction
    public Uni<List<ApiKey>> list(String tenantId) {
        return scope.enter(tenantId).chain(() -> keys.ofTenant(tenantId));
    }

    @WithTransaction
    public Uni<Void> revoke(Actor actor, String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> keys.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("API key"))
                .flatMap(key -> {
                    if (key.revokedAt != null) {
                        return Uni.createFrom().voidItem();
                    }
                    key.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    return audit.record(actor, tenantId, "apikey.revoke", "apikey:" + key.id,
                            Map.of("name", key.name, "prefix", key.prefix));
                });
    }

    /** The live key a presented secret belongs to, or null (unknown, wrong or revoked: all look the same). */
    @WithTransaction
    public Uni<ApiKey> verify(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Uni.createFrom().nullItem();
        }
        String[] parts = presented.substring(PREFIX.length()).split("_", 2);
        if (parts.length != 2) {
            return Uni.createFrom().nullItem();
        }
        return scope.systemBypass("look up API key " + parts[0])
                .chain(() -> keys.findByPrefix(parts[0]))
                .map(key -> key != null && key.revokedAt == null && MessageDigest.isEqual(
                        key.secretHash.getBytes(StandardCharsets.US_ASCII),
                        sha256(presented).getBytes(StandardCharsets.US_ASCII)) ? key : null);
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
