package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hooks: migrations and topics before install and upgrade; `helm test` checks every component's readiness. */
class HookJobsTest {

    private final Rendering rendering = Scenarios.productionWithSecretValues().render();

    @Test
    void eachDatabaseIsMigratedByItsServiceInMigrateOnlyModeBeforeInstallAndUpgrade() {
        for (String service : List.of("tenant-service", "session-service", "message-service")) {
            Manifest manifest = rendering.get("Job", service + "-migrate");
            assertEquals("pre-install,pre-upgrade", manifest.annotations().get("helm.sh/hook"), service);
            Job job = manifest.as(Job.class);
            var container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, String> env = Rendering.envOf(container);
            assertEquals("true", env.get("MIGRATE_ONLY"), service);
            assertTrue(env.get("DB_OWNER_PASSWORD").startsWith("secret:"), service);
            assertTrue(env.get("DB_OWNER_USER").endsWith("_owner"), service);
            assertEquals(rendering.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0)
                    .getImage(), container.getImage(), service + ": the service's own image");
        }
        assertEquals("-10", rendering.get("Secret", "hooks").annotations().get("helm.sh/hook-weight"),
                "their Secret exists before them");
    }

    @Test
    void theTopicsJobMakesEveryTopicWithItsProductionSettings() {
        Manifest manifest = rendering.get("Job", "kafka-topics");
        assertEquals("pre-install,pre-upgrade", manifest.annotations().get("helm.sh/hook"));
        String script = String.join("\n", manifest.as(Job.class).getSpec().getTemplate().getSpec().getContainers().get(0).getArgs());
        assertTrue(script.contains("--topic \"tenant.events\" --partitions 12 --replication-factor 3 "
                + "--config \"cleanup.policy=compact\""), script);
        assertTrue(script.contains("--topic \"webhook.raw\" --partitions 12 --replication-factor 3 "
                + "--config \"min.insync.replicas=2\" --config \"retention.ms=2592000000\""), script);
    }

    @Test
    void withStrimziTheTopicsAreKafkaTopicResourcesKeptOnUninstall() {
        Rendering strimzi = HelmChart.withValues("values-strimzi.yaml").render();
        assertFalse(strimzi.has("Job", "kafka-topics"));
        Manifest topic = strimzi.get("KafkaTopic", "tenant-events");
        assertEquals("keep", topic.annotations().get("helm.sh/resource-policy"));
        assertEquals(Map.of("topicName", "tenant.events", "partitions", 12, "replicas", 3, "config",
                Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "3600000", "min.insync.replicas", "2")),
                topic.tree().get("spec"));
    }

    @Test
    void theHelmTestAsksEveryComponentThroughItsService() {
        Manifest manifest = rendering.get("Pod", "readiness-test");
        assertEquals("test", manifest.annotations().get("helm.sh/hook"));
        String script = String.join("\n", manifest.as(Pod.class).getSpec().getContainers().get(0).getArgs());
        for (String service : WorkloadHardeningTest.SERVICES) {
            assertTrue(script.contains("http://" + Rendering.PREFIX + service + "/q/health/ready"), service);
        }
        assertTrue(script.contains("http://" + Rendering.PREFIX + "web-app/healthz"));
    }
}
