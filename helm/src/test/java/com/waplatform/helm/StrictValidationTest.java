package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The validator itself: a deliberate typo in a rendered manifest fails it, wherever the typo is. */
class StrictValidationTest {

    private static List<String> problemsOf(HelmChart chart, String kind, String name) {
        return KubernetesModel.problems(chart.render().get(kind, name).tree());
    }

    @Test
    void aCorrectManifestPasses() {
        assertEquals(List.of(), problemsOf(HelmChart.fixture("typo-chart"), "Deployment", "typo"));
    }

    @ParameterizedTest
    @CsvSource({
        "specField, 'spec: unknown field(s) [replica]'",
        "containerField, 'containers[0]: unknown field(s) [readinesProbe]'",
        "portType, 'containerPort'",
    })
    void aTypoFails(String typo, String expected) {
        List<String> problems = problemsOf(HelmChart.fixture("typo-chart").set("typo", typo), "Deployment", "typo");
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), () -> typo + ": " + problems);
    }

    @Test
    void aTypoPassedThroughTheChartsValuesFails() {
        // affinity is handed to Kubernetes as it is: the values schema cannot know its fields, the validator does
        List<String> problems = problemsOf(HelmChart.withDefaults()
                .set("tenantService.affinity.nodeAfinity.requiredDuringSchedulingIgnoredDuringExecution", "x"),
                "Deployment", "tenant-service");
        assertTrue(problems.stream().anyMatch(p -> p.contains("affinity: unknown field(s) [nodeAfinity]")),
                problems::toString);
    }

    @Test
    void aKindTheChartDoesNotMakeFails() {
        var document = new java.util.HashMap<String, Object>(HelmChart.withDefaults().render()
                .get("Deployment", "tenant-service").tree());
        document.put("apiVersion", "apps/v1beta1");
        assertTrue(KubernetesModel.problems(document).get(0).contains("not a kind this chart may render"));
    }
}
