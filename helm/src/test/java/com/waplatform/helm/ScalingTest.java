package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Autoscaling and disruption budgets: on by default for the gateway, message- and realtime-service. */
class ScalingTest {

    private static final List<String> SCALED = List.of("message-service", "realtime-service", "webhook-gateway");

    @Test
    void theGatewayMessageAndRealtimeServiceAutoscaleAndHaveBudgetsByDefault() {
        Rendering rendering = HelmChart.withDefaults().render();
        assertEquals(SCALED, rendering.names("HorizontalPodAutoscaler"));
        assertEquals(SCALED, rendering.names("PodDisruptionBudget"));
        for (String service : SCALED) {
            HorizontalPodAutoscaler hpa = rendering.get("HorizontalPodAutoscaler", service).as(HorizontalPodAutoscaler.class);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(Rendering.PREFIX + service, hpa.getSpec().getScaleTargetRef().getName());
            assertNull(rendering.deployment(service).getSpec().getReplicas(), service + ": the autoscaler sets replicas");
        }
        assertEquals(2, rendering.deployment("tenant-service").getSpec().getReplicas());
    }

    @Test
    void anyComponentCanTurnThemOn() {
        Rendering rendering = HelmChart.withDefaults()
                .set("tenantService.autoscaling.enabled", true)
                .set("webApp.podDisruptionBudget.enabled", true)
                .render();
        assertTrue(rendering.has("HorizontalPodAutoscaler", "tenant-service"));
        assertTrue(rendering.has("PodDisruptionBudget", "web-app"));
    }

    @Test
    void aBudgetThatWouldBlockEveryDrainFails() {
        String failure = HelmChart.withValues("values-dev.yaml")
                .set("realtimeService.podDisruptionBudget.enabled", true).failure();
        assertTrue(failure.contains("realtimeService.podDisruptionBudget.minAvailable"), failure);
    }

    @Test
    void severalMessageServiceReplicasNeedAReadWriteManyMediaVolume() {
        String failure = HelmChart.withDefaults().set("media.persistence.accessMode", "ReadWriteOnce").failure();
        assertTrue(failure.contains("ReadWriteMany"), failure);
        Rendering single = HelmChart.withValues("values-dev.yaml").render();
        var claim = single.get("PersistentVolumeClaim", "media");
        assertEquals("keep", claim.annotations().get("helm.sh/resource-policy"));
        var pod = single.deployment("message-service").getSpec().getTemplate().getSpec();
        assertEquals(claim.name(), pod.getVolumes().stream().filter(v -> v.getName().equals("media")).findFirst()
                .orElseThrow().getPersistentVolumeClaim().getClaimName());
        assertTrue(pod.getContainers().get(0).getVolumeMounts().stream().anyMatch(m -> m.getName().equals("media")
                && m.getMountPath().equals(single.configData("message-service").get("MEDIA_STORAGE_PATH"))));
    }
}
