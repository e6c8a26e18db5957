package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lint, and every document of every way of installing is valid Kubernetes (strictly). */
class RenderedManifestsTest {

    static List<Scenarios.Named> scenarios() {
        return Scenarios.all();
    }

    @Test
    void theChartLintsCleanly() {
        var lint = HelmChart.lint();
        assertFalse(lint.isFailed(), lint.getMessages()::toString);
        assertTrue(lint.getMessages().stream().allMatch(m -> m.startsWith("[INFO]")), lint.getMessages()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyDocumentIsValid(Scenarios.Named scenario) {
        Rendering rendering = scenario.chart().render();
        List<String> problems = rendering.manifests().stream()
                .flatMap(m -> KubernetesModel.problems(m.tree()).stream().map(p -> m + ": " + p))
                .toList();
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyComponentIsThere(Scenarios.Named scenario) {
        Rendering rendering = scenario.chart().render();
        for (String component : List.of("tenant-service", "session-service", "message-service", "webhook-gateway",
                "realtime-service", "web-app")) {
            for (String kind : List.of("Deployment", "Service", "NetworkPolicy")) {
                assertTrue(rendering.has(kind, component), () -> kind + " " + component);
            }
        }
        assertTrue(rendering.has("Ingress", "wa-wa-platform"));
        assertTrue(rendering.has("ServiceAccount", "wa-wa-platform"));
        assertTrue(rendering.has("Pod", "readiness-test"));
    }
}
