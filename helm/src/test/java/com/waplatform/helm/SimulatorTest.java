package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The provider simulator: absent unless enabled; enabled, session-service sends to it. */
class SimulatorTest {

    @Test
    void absentByDefault() {
        Rendering rendering = HelmChart.withDefaults().render();
        assertFalse(rendering.manifests().stream().anyMatch(m -> m.name().contains("provider-simulator")));
        assertFalse(rendering.environment("session-service").containsKey("GRAPH_API_BASE_URL"),
                "Meta's own Graph API (the service's default)");
    }

    @Test
    void presentWhenEnabledAndUsedBySessionService() {
        Rendering rendering = HelmChart.withDefaults().set("simulator.enabled", true).render();
        for (String kind : new String[] {"Deployment", "Service", "NetworkPolicy", "ConfigMap"}) {
            assertTrue(rendering.has(kind, "provider-simulator"), kind);
        }
        var env = rendering.environment("session-service");
        assertEquals("http://" + Rendering.PREFIX + "provider-simulator", env.get("GRAPH_API_BASE_URL"));
        assertEquals("http://" + Rendering.PREFIX + "provider-simulator", env.get("EVOLUTION_API_URL"));
    }
}
