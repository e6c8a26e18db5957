package com.waplatform.helm;

import java.util.List;

/** The ways the chart is installed: the defaults, each example values file, production. */
final class Scenarios {

    static final String CREDENTIALS_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    static final String SIGNING_KEY = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

    private Scenarios() {
    }

    /** Production as documented: the three operators' values, one Secret of ops for the rest, TLS. */
    static HelmChart production() {
        return productionWithoutSecrets().set("secrets.existingSecret", "wa-platform-secrets");
    }

    static HelmChart productionWithoutSecrets() {
        return HelmChart.withValues("values-cloudnativepg.yaml")
                .values("values-strimzi.yaml")
                .values("values-keycloak-operator.yaml")
                .set("global.environment", "production")
                .set("ingress.tls.enabled", true)
                .set("ingress.tls.secretName", "wa-tls");
    }

    /** Production with every secret given as a value (the chart keeps them in Secrets of its own). */
    static HelmChart productionWithSecretValues() {
        HelmChart chart = HelmChart.withDefaults()
                .set("global.environment", "production")
                .set("global.publicUrl", "https://wa.example.com")
                .set("secrets.credentialsKey", CREDENTIALS_KEY)
                .set("secrets.automationSigningKey", SIGNING_KEY);
        for (String secret : List.of("tenantServiceClientSecret", "sessionServiceClientSecret",
                "messageServiceClientSecret", "gatewayClientSecret")) {
            chart.set("secrets." + secret, "client-" + secret);
        }
        for (String db : List.of("tenant", "session", "message")) {
            chart.set("secrets." + db + "DbAppPassword", "app-" + db).set("secrets." + db + "DbOwnerPassword", "owner-" + db);
        }
        return chart;
    }

    /** Every way, by name (for parameterized tests). */
    static List<Named> all() {
        return List.of(
                new Named("defaults", HelmChart.withDefaults()),
                new Named("values-dev.yaml", HelmChart.withValues("values-dev.yaml")),
                new Named("values-cloudnativepg.yaml", HelmChart.withValues("values-cloudnativepg.yaml")),
                new Named("values-strimzi.yaml", HelmChart.withValues("values-strimzi.yaml")),
                new Named("values-keycloak-operator.yaml", HelmChart.withValues("values-keycloak-operator.yaml")),
                new Named("production", production()),
                new Named("production with secret values", productionWithSecretValues()),
                new Named("simulator", HelmChart.withDefaults().set("simulator.enabled", true)),
                new Named("monitoring", monitoring()));
    }

    /** The Prometheus Operator's ServiceMonitor and PrometheusRule and the Grafana dashboards, all on. */
    static HelmChart monitoring() {
        return HelmChart.withDefaults()
                .set("monitoring.serviceMonitor.enabled", true)
                .set("monitoring.prometheusRule.enabled", true)
                .set("monitoring.dashboards.enabled", true);
    }

    record Named(String name, HelmChart chart) {
        @Override
        public String toString() {
            return name;
        }
    }
}
