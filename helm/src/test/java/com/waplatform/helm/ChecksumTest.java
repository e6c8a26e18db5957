package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A change of configuration or of a secret changes the pods' checksum annotations, so the pods roll. */
class ChecksumTest {

    private static boolean rolls(String component, String checksum, HelmChart before, HelmChart after) {
        return !annotation(before, component, checksum).equals(annotation(after, component, checksum));
    }

    private static String annotation(HelmChart chart, String component, String name) {
        return chart.render().deployment(component).getSpec().getTemplate().getMetadata().getAnnotations().get(name);
    }

    @Test
    void aConfigChangeRollsTheServicesThatReadIt() {
        HelmChart after = HelmChart.withDefaults().set("trustedProxies", "10.42.0.0/16");
        assertTrue(rolls("webhook-gateway", "checksum/config", HelmChart.withDefaults(), after));
        assertFalse(rolls("realtime-service", "checksum/config", HelmChart.withDefaults(), after),
                "realtime-service does not read it");
        assertTrue(rolls("web-app", "checksum/config", HelmChart.withDefaults(),
                HelmChart.withDefaults().set("keycloak.url", "https://id.example.org")));
    }

    @Test
    void aSecretChangeRollsThePods() {
        assertTrue(rolls("webhook-gateway", "checksum/secret", Scenarios.productionWithSecretValues(),
                Scenarios.productionWithSecretValues().set("secrets.gatewayClientSecret", "rotated")));
        assertTrue(rolls("session-service", "checksum/secret", Scenarios.production(),
                Scenarios.production().set("secrets.existingSecret", "wa-secrets-v2")), "another Secret of ops");
    }
}
