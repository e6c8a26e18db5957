package com.waplatform.session.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.web.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Key rotation with data written before (under the old key) and after (under the new one): everything ends
 * under the new key version, still decrypts to the same secrets, and the database never holds a plaintext.
 */
@QuarkusTest
@TestProfile(CredentialRotationTest.RotatedKey.class)
class CredentialRotationTest {

    static final String OLD_KEY = "1111111111111111111111111111111111111111111111111111111111111111";
    static final String NEW_KEY = "2222222222222222222222222222222222222222222222222222222222222222";

    /** The platform runs with the new key (version 2) and still knows the old one (version 1). */
    public static class RotatedKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credentials.key", NEW_KEY, "credentials.key-version", "2",
                    "credentials.previous-keys", "1:" + OLD_KEY);
        }
    }

    private static final Actor STAFF = new Actor("staff-1", "platform", "req-rotation", true);

    @Inject
    ConnectionService connections;

    @Inject
    ConnectionRepository repository;

    @Inject
    ConnectionSecrets secrets;

    @Inject
    CredentialRotation rotation;

    @Inject
    TenantScope scope;

    @Test
    @RunOnVertxContext
    void rotationReencryptsOldValuesAndKeepsNewOnes(UniAsserter asserter) {
        String tenant = "t-" + UUID.randomUUID();
        CredentialCipher oldCipher = new CredentialCipher(OLD_KEY, 1);
        Connection before = connection(tenant, "EAAG-before-token", "before-app-secret", oldCipher);
        before.keyVersion = 1;
        Connection after = connection(tenant, "EAAG-after-token", "after-app-secret", null);

        asserter.execute(() -> inTenant(tenant, () -> repository.persist(before).call(() -> repository.persist(after))));
        asserter.assertThat(() -> rawColumns(before.id), raw -> assertTrue(raw.startsWith("v1:")));

        asserter.assertThat(() -> rotation.rotate(STAFF), rotated -> assertTrue(rotated >= 1));
        asserter.assertThat(() -> rotation.status(STAFF), status -> {
            assertEquals(2, status.currentKeyVersion());
            assertFalse(status.connectionsByKeyVersion().containsKey(1), "values left under key version 1");
        });
        for (Connection c : List.of(before, after)) {
            asserter.assertThat(() -> rawColumns(c.id), raw -> {
                assertTrue(raw.startsWith("v2:"), raw);
                assertFalse(raw.contains("EAAG") || raw.contains("app-secret"), "plaintext in the database");
            });
        }
        asserter.assertThat(() -> connections.get(tenant, before.id), c -> {
            assertEquals("EAAG-before-token", secrets.accessToken(c));
            assertEquals("before-app-secret", secrets.appSecret(c));
            assertEquals(2, c.keyVersion);
        });
        asserter.assertThat(() -> connections.get(tenant, after.id),
                c -> assertEquals("EAAG-after-token", secrets.accessToken(c)));
    }

    /** A Cloud API connection sealed with {@code cipher} (null: the service's current key). */
    private Connection connection(String tenant, String token, String appSecret, CredentialCipher cipher) {
        Connection c = connections.draft(tenant, ConnectionType.CLOUD_API, "Rotation", ConnectionState.OPEN);
        c.phoneNumberId = String.valueOf(System.nanoTime());
        c.accessTokenEnc = seal(c, cipher, ConnectionSecrets.ACCESS_TOKEN, token);
        c.appSecretEnc = seal(c, cipher, ConnectionSecrets.APP_SECRET, appSecret);
        c.verifyTokenEnc = seal(c, cipher, ConnectionSecrets.VERIFY_TOKEN, "verify-" + token);
        return c;
    }

    private String seal(Connection c, CredentialCipher cipher, String field, String value) {
        return cipher == null ? secrets.seal(c, field, value) : cipher.encrypt(value, c.cipherContext(field));
    }

    /** The credential columns as stored, concatenated. */
    private Uni<String> rawColumns(UUID id) {
        return Panache.withTransaction(() -> scope.systemBypass("test").chain(() -> Panache.getSession()
                .flatMap(s -> s.createNativeQuery("select access_token_enc || ' ' || app_secret_enc || ' ' || "
                        + "verify_token_enc from connection where id = ?1", String.class)
                        .setParameter(1, id).getSingleResult())));
    }

    private <T> Uni<T> inTenant(String tenant, java.util.function.Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> scope.enter(tenant).chain(work::get));
    }
}
