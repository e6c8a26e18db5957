package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** The production realm: Keycloak's own representation (26.5, read strictly), without the local stack's demo parts. */
class KeycloakRealmTest {

    private static final ObjectMapper KEYCLOAK = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Rendering rendering = Scenarios.production().render();
    private final RealmRepresentation realm = read(rendering.get("ConfigMap", "realm").as(ConfigMap.class)
            .getData().get("realm.json"));

    private static RealmRepresentation read(String json) {
        try {
            return KEYCLOAK.readValue(json, RealmRepresentation.class);
        } catch (IOException e) {
            throw new AssertionError("not a Keycloak realm: " + e.getMessage(), e);
        }
    }

    private ClientRepresentation client(String id) {
        return realm.getClients().stream().filter(c -> c.getClientId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theReaderIsStrict() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> read("{\"realm\": \"wa\", \"bruteForceProtectd\": true}"));
        assertTrue(error.getMessage().contains("bruteForceProtectd"), error.getMessage());
    }

    @Test
    void noPeopleOnlyTheServicesAccounts() {
        assertTrue(realm.getUsers().stream().map(UserRepresentation::getUsername)
                .allMatch(name -> name.startsWith("service-account-")));
        assertFalse(realm.getClients().stream().anyMatch(c -> c.getClientId().startsWith("test-")));
    }

    @Test
    void theBrowserClientSignsInWithCodeAndPkceOnlyAtThePublicUrl() {
        ClientRepresentation web = client("web-app");
        assertTrue(web.isPublicClient());
        assertFalse(web.isDirectAccessGrantsEnabled());
        assertEquals("S256", web.getAttributes().get("pkce.code.challenge.method"));
        assertEquals(List.of("https://wa.example.com/*"), web.getRedirectUris());
        assertEquals("tenant_id", web.getProtocolMappers().get(0).getConfig().get("claim.name"));
    }

    @Test
    void bruteForceProtectionAndShortTokens() {
        assertTrue(realm.isBruteForceProtected());
        assertEquals(5, realm.getFailureFactor());
        assertEquals(300, realm.getAccessTokenLifespan());
        assertEquals("external", realm.getSslRequired());
        assertTrue(realm.getPasswordPolicy().contains("length(12)"));
    }

    @Test
    void theServicesClientSecretsArePlaceholdersTheOperatorFillsFromSecrets() {
        for (String client : List.of("tenant-service", "session-service", "message-service", "webhook-gateway")) {
            assertTrue(client(client).getSecret().matches("\\$\\{[A-Z_]+_SECRET}"), client);
        }
        Manifest realmImport = rendering.get("KeycloakRealmImport", "realm");
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) realmImport.tree().get("spec");
        assertEquals("wa-keycloak", spec.get("keycloakCRName"));
        assertEquals(Map.of("secret", Map.of("name", "wa-platform-secrets", "key", "GATEWAY_CLIENT_SECRET")),
                ((Map<?, ?>) spec.get("placeholders")).get("GATEWAY_CLIENT_SECRET"));
        assertEquals(realm.getRealm(), ((Map<?, ?>) spec.get("realm")).get("realm"));
    }

    @Test
    void theRolesAndServiceClientsAreTheLocalStacksOnes() throws IOException {
        RealmRepresentation local = new ObjectMapper().readValue(
                Path.of("../deploy/keycloak/wa-realm.json").toFile(), RealmRepresentation.class);
        assertEquals(local.getRoles().getRealm().stream().map(r -> r.getName()).toList(),
                realm.getRoles().getRealm().stream().map(r -> r.getName()).toList());
        for (ClientRepresentation client : local.getClients()) {
            if (!client.getClientId().startsWith("test-")) {
                assertEquals(client.isPublicClient(), client(client.getClientId()).isPublicClient(), client.getClientId());
            }
        }
    }
}
