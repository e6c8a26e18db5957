package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Production renders only with every required secret, given as a value or taken from Secrets of ops. */
class ProductionSecretsTest {

    @Test
    void productionWithoutSecretsFailsNamingEachOne() {
        String failure = Scenarios.productionWithoutSecrets().failure();
        for (String key : List.of("CREDENTIALS_KEY", "AUTOMATION_SIGNING_KEY", "TENANT_SERVICE_CLIENT_SECRET",
                "SESSION_SERVICE_CLIENT_SECRET", "MESSAGE_SERVICE_CLIENT_SECRET", "GATEWAY_CLIENT_SECRET")) {
            assertTrue(failure.contains(key), () -> key + " in " + failure);
        }
        // the database passwords come from CloudNativePG's Secrets there (secrets.refs)
        assertFalse(failure.contains("DB_APP_PASSWORD"), failure);
    }

    @Test
    void productionWithAnExistingSecretTakesEverySecretFromIt() {
        var env = Scenarios.production().render().environment("session-service");
        assertEquals("secret:wa-platform-secrets/CREDENTIALS_KEY", env.get("CREDENTIALS_KEY"));
        assertEquals("secret:wa-session-app/password", env.get("DB_APP_PASSWORD"));
        assertFalse(Scenarios.production().render().has("Secret", "secrets"), "no Secret of the chart's own");
    }

    @Test
    void secretsGivenAsValuesLiveInTheChartsSecretTheOwnersPasswordsInTheHooksOnly() {
        Rendering rendering = Scenarios.productionWithSecretValues().render();
        var services = rendering.get("Secret", "secrets").as(Secret.class).getData().keySet();
        var hooks = rendering.get("Secret", "hooks").as(Secret.class).getData().keySet();
        assertTrue(services.contains("CREDENTIALS_KEY") && !services.contains("TENANT_DB_OWNER_PASSWORD"), services::toString);
        assertTrue(hooks.contains("TENANT_DB_OWNER_PASSWORD"), hooks::toString);
        assertEquals("secret:wa-wa-platform-secrets/AUTOMATION_SIGNING_KEY",
                rendering.environment("message-service").get("AUTOMATION_SIGNING_KEY"));
    }

    @Test
    void theServicesNeverGetTheOwnersPassword() {
        Rendering rendering = Scenarios.production().render();
        for (String service : List.of("tenant-service", "session-service", "message-service")) {
            assertFalse(rendering.environment(service).containsKey("DB_OWNER_PASSWORD"), service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"simulator.enabled", "media.persistence.enabled", "ingress.tls.enabled"})
    void productionRefusesWhatIsForTrialsOnly(String trialSetting) {
        boolean value = trialSetting.equals("simulator.enabled");
        String failure = Scenarios.production().set(trialSetting, value).failure();
        assertTrue(failure.contains("global.environment=production"), failure);
    }

    @Test
    void aCredentialsKeyThatIsNotAnAesKeyFails() {
        String failure = HelmChart.withDefaults().set("secrets.credentialsKey", "abcd".repeat(15)).failure();
        assertTrue(failure.contains("credentialsKey"), failure);
    }
}
