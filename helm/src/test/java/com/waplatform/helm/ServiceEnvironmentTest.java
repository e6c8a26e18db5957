package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chart's environment is the services' environment: every variable the chart sets is one the service reads, and
 * every variable a service cannot start without is set in production. (Starting each jar with the rendered
 * environment is the system tests' part: they own the running stack.)
 */
class ServiceEnvironmentTest {

    private static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS");

    private final Rendering production = Scenarios.production().render();

    @ParameterizedTest
    @ValueSource(strings = {"tenant-service", "session-service", "message-service", "webhook-gateway",
        "realtime-service", "provider-simulator"})
    void everyVariableTheChartSetsIsReadByTheService(String service) {
        Rendering rendering = service.equals("provider-simulator")
                ? HelmChart.withDefaults().set("simulator.enabled", true).render() : production;
        ServiceConfiguration config = ServiceConfiguration.of(service);
        var unread = rendering.environment(service).keySet().stream()
                .filter(v -> !JVM.contains(v) && !config.reads(v)).toList();
        assertEquals(List.of(), unread, service + " never reads these");
    }

    @Test
    void aVariableTheServiceDoesNotReadIsCaught() {
        ServiceConfiguration tenant = ServiceConfiguration.of("tenant-service");
        assertTrue(tenant.reads("KAFKA_BOOTSTRAP_SERVERS") && tenant.reads("IDENTITY_REALM"));
        assertFalse(tenant.reads("GRAPH_API_BASE_URL"), "session-service's, not tenant-service's");
        assertFalse(tenant.reads("SHUTDOWN_GRACE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenant-service", "session-service", "message-service", "webhook-gateway",
        "realtime-service"})
    void everyVariableAServiceCannotGoWithoutIsSetInProduction(String service) {
        Set<String> missing = new TreeSet<>(ServiceConfiguration.of(service).required());
        missing.removeAll(production.environment(service).keySet());
        assertEquals(Set.of(), missing, service);
    }

    @Test
    void everyTopicTheServicesUseIsCreated() {
        Set<String> used = new TreeSet<>();
        for (String service : List.of("tenant-service", "session-service", "message-service", "webhook-gateway",
                "realtime-service")) {
            used.addAll(ServiceConfiguration.of(service).topics());
        }
        var constants = Pattern.compile("String \\w+ = \"([a-z.-]+)\";").matcher(ServiceConfiguration.readString(
                Path.of("../contracts/src/main/java/com/waplatform/contracts/Topics.java")));
        while (constants.find()) {
            used.add(constants.group(1));
        }
        Set<String> created = new TreeSet<>();
        for (Manifest topic : HelmChart.withValues("values-strimzi.yaml").render().ofKind("KafkaTopic")) {
            created.add((String) ((Map<?, ?>) topic.tree().get("spec")).get("topicName"));
        }
        assertTrue(used.size() > 8 && created.containsAll(used), () -> "used " + used + ", created " + created);
    }
}
