package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The services' images (Jib settings in the root pom.xml, used by the build of the README's "Images" command) fit the
 * chart: the chart runs the image the build names, on the port the image exposes, as a non-root user, and the image
 * adds no JVM flag of its own that would override the chart's sizing (its default sizing is the chart's).
 */
class ServiceImageTest {

    private static final Map<String, String> BUILD = rootPomProperties();
    private final Rendering rendering = HelmChart.withDefaults().render();

    @Test
    void theChartRunsTheImageTheBuildNames() {
        for (String service : WorkloadHardeningTest.SERVICES) {
            // -Dquarkus.container-image.registry=registry.example.com -Dquarkus.container-image.tag=0.1.0 (the README)
            String built = "registry.example.com/" + BUILD.get("quarkus.container-image.group") + "/" + service + ":0.1.0";
            assertEquals(built, container(service).getImage(), service);
        }
    }

    @Test
    void theImageExposesThePortTheChartProbes() {
        for (String service : WorkloadHardeningTest.SERVICES) {
            // the image's port is the service's quarkus.http.port (quarkus.jib.ports' default)
            String port = ServiceConfiguration.readString(Path.of("..", service, "src/main/resources/application.properties"))
                    .lines().filter(l -> l.startsWith("quarkus.http.port=")).findFirst().orElseThrow().split("=")[1];
            assertEquals(Integer.parseInt(port), container(service).getPorts().get(0).getContainerPort(), service);
        }
    }

    @Test
    void theImageRunsJavaAsNonRootWithTheChartsJvmSizing() {
        assertNotEquals(0, Integer.parseInt(BUILD.get("quarkus.jib.user")), "a numeric non-root user");
        List<String> entrypoint = List.of(BUILD.get("quarkus.jib.jvm-entrypoint").split(","));
        assertEquals("java", entrypoint.get(0));
        assertEquals(List.of("-jar", "quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        assertFalse(entrypoint.stream().anyMatch(a -> a.startsWith("-X")), "no heap flags: " + entrypoint);
        assertTrue(BUILD.get("quarkus.jib.base-jvm-image").matches("[\\w./-]+:[\\w.-]+"), "a pinned base image");
        String imageDefault = BUILD.get("quarkus.jib.environment-variables.JAVA_TOOL_OPTIONS");
        for (String service : WorkloadHardeningTest.SERVICES) {
            assertEquals(rendering.configData(service).get("JAVA_TOOL_OPTIONS"), imageDefault, service);
        }
    }

    private Container container(String component) {
        return rendering.deployment(component).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Map<String, String> rootPomProperties() {
        try {
            Element properties = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Path.of("..", "pom.xml").toFile()).getElementsByTagName("properties").item(0);
            Map<String, String> values = new HashMap<>();
            for (Node node = properties.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element property) {
                    values.put(property.getTagName(), property.getTextContent().strip());
                }
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the root pom.xml", e);
        }
    }
}
