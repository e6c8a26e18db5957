package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every pod the chart makes runs hardened, with probes, resources, a graceful stop and a JVM sized to its limit. */
class WorkloadHardeningTest {

    static final List<String> SERVICES = List.of("tenant-service", "session-service", "message-service",
            "webhook-gateway", "realtime-service");

    private final Rendering rendering = Scenarios.production().render();
    private final Rendering withHooks = HelmChart.withDefaults().set("simulator.enabled", true).render();

    @Test
    void everyPodAndContainerIsHardened() {
        List<PodSpec> pods = withHooks.podSpecs();
        assertTrue(pods.size() >= 11, "deployments, hook jobs and the test pod: " + pods.size());
        for (PodSpec pod : pods) {
            assertTrue(pod.getSecurityContext().getRunAsNonRoot());
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
            assertFalse(pod.getAutomountServiceAccountToken());
            assertTrue(pod.getVolumes().stream().anyMatch(v -> v.getName().equals("tmp") && v.getEmptyDir() != null));
            for (Container container : pod.getContainers()) {
                SecurityContext security = container.getSecurityContext();
                String name = container.getName();
                assertTrue(security.getRunAsNonRoot(), name);
                assertTrue(security.getReadOnlyRootFilesystem(), name);
                assertFalse(security.getAllowPrivilegeEscalation(), name);
                assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), name);
                assertEquals("RuntimeDefault", security.getSeccompProfile().getType(), name);
                assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")), name);
                assertNotNull(container.getResources().getLimits().get("memory"), name);
            }
        }
    }

    @Test
    void everyServiceHasItsThreeHealthProbes() {
        for (String service : SERVICES) {
            Container container = container(service);
            assertEquals("/q/health/started", container.getStartupProbe().getHttpGet().getPath(), service);
            assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath(), service);
            assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath(), service);
        }
        assertEquals("/healthz", container("web-app").getReadinessProbe().getHttpGet().getPath());
    }

    @Test
    void theGracePeriodCoversThePreStopSleepAndTheServicesShutdown() {
        for (String service : SERVICES) {
            PodSpec pod = rendering.deployment(service).getSpec().getTemplate().getSpec();
            Map<String, String> config = rendering.configData(service);
            int preStop = container(service).getLifecycle().getPreStop().getSleep().getSeconds().intValue();
            int needed = preStop + seconds(config.get("QUARKUS_SHUTDOWN_DELAY"))
                    + seconds(config.get("QUARKUS_SHUTDOWN_TIMEOUT"));
            assertTrue(preStop > 0 && pod.getTerminationGracePeriodSeconds() > needed,
                    service + ": " + pod.getTerminationGracePeriodSeconds() + " for " + needed);
        }
    }

    @Test
    void aGracePeriodShorterThanTheShutdownFails() {
        String failure = HelmChart.withDefaults().set("webhookGateway.terminationGracePeriodSeconds", 20).failure();
        assertTrue(failure.contains("webhookGateway.terminationGracePeriodSeconds"), failure);
    }

    @Test
    void theJvmIsSizedFromTheContainersMemory() {
        for (String service : SERVICES) {
            String options = rendering.configData(service).get("JAVA_TOOL_OPTIONS");
            assertTrue(options.contains("-XX:MaxRAMPercentage=70"), service + ": " + options);
            Quantity limit = container(service).getResources().getLimits().get("memory");
            assertNotNull(limit, service);
        }
    }

    @Test
    void podsSpreadOverZonesAndNodes() {
        for (String component : List.of("message-service", "web-app")) {
            var keys = rendering.deployment(component).getSpec().getTemplate().getSpec().getTopologySpreadConstraints()
                    .stream().map(c -> c.getTopologyKey()).toList();
            assertEquals(List.of("topology.kubernetes.io/zone", "kubernetes.io/hostname"), keys, component);
        }
    }

    private Container container(String component) {
        return rendering.deployment(component).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static int seconds(String duration) {
        return Integer.parseInt(duration.replace("s", ""));
    }
}
