package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Prometheus Operator's ServiceMonitor and PrometheusRule and the Grafana dashboards: off by default; when on,
 * valid (the operator's kinds have no schema here: {@link KubernetesModel} checks their metadata and spec's fields,
 * this test their structure) and built only on metrics the services really expose.
 */
class MonitoringTest {

    /**
     * The Prometheus names of what the services register (Micrometer's dots become underscores, counters end in
     * _total, timers in _seconds_count/_sum/_max), with the two the Quarkus binders add: HTTP server requests and
     * the Kafka clients' metrics. Kept in step with WebhookMetrics, MessageMetrics, ProviderSends, SendQueueDepth,
     * OutboxBacklog and OutboxProgress (their tests read these names from /q/metrics or the registry).
     */
    static final Set<String> EXPOSED = Set.of(
            "webhooks_received_total", "webhooks_rejected_total",
            "messages_received_total", "messages_sent_total", "messages_status_total", "messages_failed_total",
            "automation_deliveries_total",
            "provider_send_seconds_count", "provider_send_seconds_sum", "provider_send_seconds_max",
            "dispatch_queue_depth", "dispatch_queue_oldest_age_seconds", "whatsapp_connections",
            "outbox_backlog", "outbox_oldest_age_seconds", "outbox_dead_lettered_total",
            "http_server_requests_seconds_count", "kafka_consumer_fetch_manager_records_lag_max");

    /** The metrics with a tenant label (when metrics.tenant-labels.enabled). */
    static final Set<String> PER_TENANT = Set.of("messages_received_total", "messages_sent_total",
            "messages_failed_total");

    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void nothingOfItByDefault() {
        Rendering rendering = HelmChart.withDefaults().render();
        assertEquals(List.of(), rendering.ofKind("ServiceMonitor"));
        assertEquals(List.of(), rendering.ofKind("PrometheusRule"));
        assertFalse(rendering.has("ConfigMap", "wa-wa-platform-dashboards"));
    }

    @Test
    void tracesGoToTheCollectorOnlyWhenOneIsNamed() {
        List<String> services = List.of("tenant-service", "session-service", "message-service", "webhook-gateway",
                "realtime-service");
        Rendering without = Scenarios.production().render();
        Rendering with = Scenarios.production().set("monitoring.tracing.otlpEndpoint", "http://collector.obs:4317")
                .set("monitoring.tracing.sampledRatio", 0.25).render();
        for (String service : services) {
            Map<String, String> env = with.environment(service);
            assertEquals("http://collector.obs:4317", env.get("OTEL_EXPORTER_OTLP_ENDPOINT"), service);
            assertEquals("0.25", env.get("TRACES_SAMPLED_RATIO"), service);
            ServiceConfiguration config = ServiceConfiguration.of(service);
            assertTrue(config.reads("OTEL_EXPORTER_OTLP_ENDPOINT") && config.reads("TRACES_SAMPLED_RATIO"), service);
            assertFalse(without.environment(service).containsKey("OTEL_EXPORTER_OTLP_ENDPOINT"), service);
            assertFalse(without.environment(service).containsKey("TRACES_SAMPLED_RATIO"), service);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServiceMonitorScrapesEveryServicesMetrics() {
        Rendering rendering = Scenarios.monitoring().render();
        Manifest monitor = rendering.get("ServiceMonitor", "wa-wa-platform");
        assertEquals(List.of(), KubernetesModel.problems(monitor.tree()));
        Map<String, Object> spec = (Map<String, Object>) monitor.tree().get("spec");
        Map<String, Object> selector = (Map<String, Object>) spec.get("selector");
        Map<String, String> labels = (Map<String, String>) selector.get("matchLabels");
        List<String> components = (List<String>) ((List<Map<String, Object>>) selector.get("matchExpressions"))
                .get(0).get("values");
        assertEquals(List.of("tenant-service", "session-service", "message-service", "webhook-gateway",
                "realtime-service"), components);
        for (String component : components) {
            Service service = rendering.get("Service", component).as(Service.class);
            labels.forEach((key, value) -> assertEquals(value, service.getMetadata().getLabels().get(key), key));
            assertEquals(component, service.getMetadata().getLabels().get("app.kubernetes.io/component"));
            assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> "http".equals(p.getName())), component);
        }
        assertEquals("app.kubernetes.io/component", spec.get("jobLabel"), "job is the component's name");
        Map<String, Object> endpoint = ((List<Map<String, Object>>) spec.get("endpoints")).get(0);
        assertEquals("http", endpoint.get("port"));
        assertEquals("/q/metrics", endpoint.get("path"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertHasASeverityASummaryAndReadsExposedMetrics() {
        Manifest rule = Scenarios.monitoring().render().get("PrometheusRule", "wa-wa-platform");
        assertEquals(List.of(), KubernetesModel.problems(rule.tree()));
        List<Map<String, Object>> groups = (List<Map<String, Object>>) ((Map<String, Object>) rule.tree()
                .get("spec")).get("groups");
        Set<String> alerts = new TreeSet<>();
        for (Map<String, Object> group : groups) {
            assertTrue(String.valueOf(group.get("name")).startsWith("wa-platform."), group::toString);
            for (Map<String, Object> r : (List<Map<String, Object>>) group.get("rules")) {
                String alert = String.valueOf(r.get("alert"));
                assertTrue(alerts.add(alert), "alert names are unique: " + alert);
                assertTrue(Set.of("alert", "expr", "for", "labels", "annotations").containsAll(r.keySet()),
                        alert + ": " + r.keySet());
                String severity = ((Map<String, String>) r.get("labels")).get("severity");
                assertTrue(Set.of("warning", "critical").contains(severity), alert + ": " + severity);
                String summary = ((Map<String, String>) r.get("annotations")).get("summary");
                assertTrue(summary != null && !summary.isBlank(), alert);
                String expr = String.valueOf(r.get("expr"));
                assertTrue(expr.contains("namespace=\"wa\""), alert + " is about its release's namespace");
                List<String> metrics = metricsIn(expr);
                assertFalse(metrics.isEmpty(), alert);
                assertTrue(EXPOSED.containsAll(metrics), alert + " reads " + metrics);
            }
        }
        assertTrue(alerts.containsAll(Set.of("WaGatewayServerErrors", "WaGatewayUnavailable", "WaOutboxStuck",
                "WaOutboxDeadLetters", "WaSendQueueOld", "WaSendQueueDeep", "WaAutomationDeadLetters",
                "WaKafkaConsumerLag", "WaConnectionsFailed")), alerts::toString);
    }

    @Test
    void theDashboardsAreForGrafanasSidecarAndReadExposedMetrics() {
        Manifest manifest = Scenarios.monitoring().render().get("ConfigMap", "wa-wa-platform-dashboards");
        assertEquals(List.of(), KubernetesModel.problems(manifest.tree()));
        ConfigMap dashboards = manifest.as(ConfigMap.class);
        assertEquals("1", dashboards.getMetadata().getLabels().get("grafana_dashboard"));
        assertEquals(Set.of("wa-platform-overview.json", "wa-platform-tenant.json"), dashboards.getData().keySet());

        JsonNode overview = JSON.readTree(dashboards.getData().get("wa-platform-overview.json"));
        assertEquals("wa-platform-overview", overview.path("uid").asString());
        for (String expr : expressions(overview)) {
            assertTrue(EXPOSED.containsAll(metricsIn(expr)), expr);
        }

        JsonNode tenant = JSON.readTree(dashboards.getData().get("wa-platform-tenant.json"));
        List<String> variables = new ArrayList<>();
        tenant.path("templating").path("list").forEach(v -> variables.add(v.path("name").asString()));
        assertTrue(variables.contains("tenant"), variables::toString);
        List<String> exprs = expressions(tenant);
        assertFalse(exprs.isEmpty());
        for (String expr : exprs) {
            assertTrue(expr.contains("tenant=~\"$tenant\""), "filtered by the company: " + expr);
            assertTrue(PER_TENANT.containsAll(metricsIn(expr)), "only metrics with a tenant label: " + expr);
        }
    }

    /** Each of the platform's own names is registered by a service's code, under its Micrometer (dotted) name. */
    @Test
    void theListedMetricsAreRegisteredByTheServices() throws IOException {
        String sources;
        try (Stream<Path> files = Stream.of("webhook-gateway", "message-service", "session-service",
                        "persistence-support").map(module -> Path.of("..", module, "src/main/java"))
                .flatMap(MonitoringTest::javaFiles)) {
            sources = files.map(MonitoringTest::read).collect(Collectors.joining("\n"));
        }
        for (String name : EXPOSED) {
            if (name.startsWith("http_server_") || name.startsWith("kafka_")) {
                continue; // Quarkus' HTTP and Kafka binders
            }
            String dotted = name.replaceAll("_total$|_seconds_(count|sum|max)$", "").replace('_', '.');
            assertTrue(sources.contains("\"" + dotted + "\""), name + " is registered as \"" + dotted + "\"");
        }
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUnknownMonitoringKeyIsRefused() {
        String failure = HelmChart.withDefaults().set("monitoring.serviceMonitor.enable", true).failure();
        assertTrue(failure.contains("additional properties 'enable' not allowed"), failure);
    }

    private static List<String> expressions(JsonNode dashboard) {
        List<String> exprs = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> exprs.add(target.path("expr").asString())));
        return exprs;
    }

    private static List<String> metricsIn(String expr) {
        List<String> names = new ArrayList<>();
        Matcher m = SELECTOR.matcher(expr);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
