package com.waplatform.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart, rendered in-process by Helm 3 (helm-java) for Kubernetes {@value #KUBE_VERSION}.
 *
 * <p>helm-java's template returns the release manifest without the hooks (migration and topic Jobs, the test pod).
 * So that they are rendered and validated too, the chart is rendered from a copy whose templates name the hook
 * annotations {@code x-helm.sh/hook…}; the rendered text gets their real names back.
 */
final class HelmChart {

    static final Path CHART = Path.of("wa-platform").toAbsolutePath();
    static final String KUBE_VERSION = "1.30.0";
    private static final String HOOK = "helm.sh/hook";
    private static final String DISGUISED_HOOK = "x-" + HOOK;
    private static final Map<String, Outcome> RENDERED = new ConcurrentHashMap<>();
    private static Path renderable;

    private final List<Path> valuesFiles = new ArrayList<>();
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private Path chart = CHART;

    /** The outcome of one rendering: the manifests, or Helm's error. */
    record Outcome(Rendering rendering, String error) {
        Rendering manifests() {
            if (error != null) {
                throw new AssertionError("rendering failed: " + error);
            }
            return rendering;
        }

        String failure() {
            if (error == null) {
                throw new AssertionError("rendering succeeded where it should have failed");
            }
            return error;
        }
    }

    static HelmChart withDefaults() {
        return new HelmChart();
    }

    /** A values file of the chart's folder, e.g. values-dev.yaml. */
    static HelmChart withValues(String chartValuesFile) {
        return new HelmChart().values(chartValuesFile);
    }

    /** Another chart (a test fixture under src/test/resources). */
    static HelmChart fixture(String name) {
        HelmChart helm = new HelmChart();
        helm.chart = Path.of("src/test/resources", name).toAbsolutePath();
        return helm;
    }

    HelmChart values(String chartValuesFile) {
        valuesFiles.add(CHART.resolve(chartValuesFile));
        return this;
    }

    /** One value, by its dotted path ("\\." for a dot in a key); the value keeps its Java type. */
    HelmChart set(String path, Object value) {
        overrides.put(path, value);
        return this;
    }

    Rendering render() {
        return outcome().manifests();
    }

    String failure() {
        return outcome().failure();
    }

    Outcome outcome() {
        String key = chart + "|" + valuesFiles + "|" + overrides;
        return RENDERED.computeIfAbsent(key, k -> template());
    }

    static LintResult lint() {
        return new Helm(CHART).lint().strict().call();
    }

    private Outcome template() {
        Path source = chart.equals(CHART) ? renderableCopy() : chart;
        TemplateCommand command = new Helm(source).template()
                .withName("wa").withNamespace("wa").withKubeVersion(KUBE_VERSION);
        for (Path file : valuesFiles) {
            command = command.withValuesFile(file);
        }
        if (!overrides.isEmpty()) {
            command = command.withValuesFile(overridesFile());
        }
        try {
            return new Outcome(Rendering.parse(command.call().replace(DISGUISED_HOOK, HOOK)), null);
        } catch (IllegalStateException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    private Path overridesFile() {
        Map<String, Object> tree = new LinkedHashMap<>();
        overrides.forEach((path, value) -> put(tree, path.split("(?<!\\\\)\\."), value));
        try {
            Path file = Files.createTempFile("values-", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, new Yaml().dump(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] path, Object value) {
        Map<String, Object> node = tree;
        for (int i = 0; i < path.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(path[i].replace("\\.", "."),
                    k -> new LinkedHashMap<String, Object>());
        }
        node.put(path[path.length - 1].replace("\\.", "."), value);
    }

    private static synchronized Path renderableCopy() {
        if (renderable == null) {
            try {
                Path copy = Files.createTempDirectory("wa-platform-chart").resolve("wa-platform");
                try (Stream<Path> files = Files.walk(CHART)) {
                    for (Path file : files.toList()) {
                        Path target = copy.resolve(CHART.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(target);
                        } else {
                            Files.writeString(target, Files.readString(file).replace(HOOK, DISGUISED_HOOK));
                        }
                    }
                }
                renderable = copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return renderable;
    }
}
