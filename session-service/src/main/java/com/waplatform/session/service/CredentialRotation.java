package com.waplatform.session.service;

import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.web.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;

/**
 * Re-encrypts every connection's secrets under the current platform key, in batches (each its own transaction),
 * while values under earlier key versions keep decrypting. Platform staff only; audited as a bypass.
 */
@ApplicationScoped
public class CredentialRotation {

    private static final int BATCH = 100;
    private static final String[] FIELDS = {ConnectionSecrets.ACCESS_TOKEN, ConnectionSecrets.APP_SECRET,
            ConnectionSecrets.VERIFY_TOKEN, ConnectionSecrets.INSTANCE_TOKEN, ConnectionSecrets.WEBHOOK_SECRET};

    /** Connections per key version, and the version new values get. */
    public record Status(int currentKeyVersion, Map<Integer, Long> connectionsByKeyVersion) {
    }

    private final ConnectionRepository connections;
    private final CredentialCipher cipher;
    private final TenantScope scope;

    public CredentialRotation(ConnectionRepository connections, CredentialCipher cipher, TenantScope scope) {
        this.connections = connections;
        this.cipher = cipher;
        this.scope = scope;
    }

    @WithTransaction
    public Uni<Status> status(Actor actor) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "credential key status")
                .chain(() -> connections.getSession().flatMap(session -> session.createQuery(
                        "select keyVersion, count(*) from Connection group by keyVersion", Object[].class)
                        .getResultList()))
                .map(rows -> {
                    Map<Integer, Long> counts = new TreeMap<>();
                    rows.forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
                    return new Status(cipher.keyVersion(), counts);
                });
    }

    /** Rotates everything not yet under the current key; answers how many connections were re-encrypted. */
    public Uni<Integer> rotate(Actor actor) {
        return Multi.createBy().repeating().uni(() -> rotateBatch(actor)).whilst(count -> count == BATCH)
                .collect().asList()
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    @WithTransaction
    Uni<Integer> rotateBatch(Actor actor) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(),
                        "credential key rotation to version " + cipher.keyVersion())
                .chain(() -> connections.find("keyVersion <> ?1", cipher.keyVersion()).page(0, BATCH).list())
                .invoke(batch -> batch.forEach(this::reseal))
                .map(batch -> batch.size());
    }

    private void reseal(Connection c) {
        for (String field : FIELDS) {
            String sealed = sealedValue(c, field);
            if (sealed != null) {
                String plaintext = cipher.decrypt(sealed, c.cipherContext(field));
                store(c, field, cipher.encrypt(plaintext, c.cipherContext(field)));
            }
        }
        c.keyVersion = cipher.keyVersion();
    }

    private static String sealedValue(Connection c, String field) {
        return switch (field) {
            case ConnectionSecrets.ACCESS_TOKEN -> c.accessTokenEnc;
            case ConnectionSecrets.APP_SECRET -> c.appSecretEnc;
            case ConnectionSecrets.VERIFY_TOKEN -> c.verifyTokenEnc;
            case ConnectionSecrets.INSTANCE_TOKEN -> c.instanceTokenEnc;
            default -> c.webhookSecretEnc;
        };
    }

    private static void store(Connection c, String field, String sealed) {
        switch (field) {
            case ConnectionSecrets.ACCESS_TOKEN -> c.accessTokenEnc = sealed;
            case ConnectionSecrets.APP_SECRET -> c.appSecretEnc = sealed;
            case ConnectionSecrets.VERIFY_TOKEN -> c.verifyTokenEnc = sealed;
            case ConnectionSecrets.INSTANCE_TOKEN -> c.instanceTokenEnc = sealed;
            default -> c.webhookSecretEnc = sealed;
        }
    }
}
