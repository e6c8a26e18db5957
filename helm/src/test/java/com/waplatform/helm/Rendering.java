package com.waplatform.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The documents of one rendering (release "wa"), as parsed YAML and, on demand, as fabric8 Kubernetes objects. */
record Rendering(List<Manifest> manifests) {

    /** What the release's names start with. */
    static final String PREFIX = "wa-wa-platform-";

    @SuppressWarnings("unchecked")
    static Rendering parse(String yaml) {
        Iterable<Object> documents = new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml);
        return new Rendering(StreamSupport.stream(documents.spliterator(), false)
                .filter(Objects::nonNull)
                .map(document -> new Manifest((Map<String, Object>) document))
                .toList());
    }

    List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    <T> List<T> all(String kind, Class<T> type) {
        return ofKind(kind).stream().map(m -> m.as(type)).toList();
    }

    /** The one manifest of this kind and name (the name with or without the release's prefix). */
    Manifest get(String kind, String name) {
        return ofKind(kind).stream()
                .filter(m -> m.name().equals(name) || m.name().equals(PREFIX + name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + names(kind)));
    }

    boolean has(String kind, String name) {
        return ofKind(kind).stream().anyMatch(m -> m.name().equals(name) || m.name().equals(PREFIX + name));
    }

    /** The names of a kind, without the release's prefix, sorted. */
    List<String> names(String kind) {
        return ofKind(kind).stream().map(m -> m.name().replace(PREFIX, "")).sorted().toList();
    }

    Deployment deployment(String component) {
        return get("Deployment", component).as(Deployment.class);
    }

    /** Every pod the chart makes: the Deployments' and Jobs' templates and the test pod. */
    List<PodSpec> podSpecs() {
        return Stream.of(
                all("Deployment", Deployment.class).stream().map(d -> d.getSpec().getTemplate().getSpec()),
                all("Job", Job.class).stream().map(j -> j.getSpec().getTemplate().getSpec()),
                all("Pod", Pod.class).stream().map(Pod::getSpec))
                .flatMap(specs -> specs)
                .toList();
    }

    Map<String, String> configData(String component) {
        return get("ConfigMap", component).as(ConfigMap.class).getData();
    }

    /** A service's environment: its ConfigMap's variables, then its container's own (a secret as secret:name/key). */
    Map<String, String> environment(String component) {
        Map<String, String> env = new TreeMap<>(configData(component));
        Container container = deployment(component).getSpec().getTemplate().getSpec().getContainers().get(0);
        env.putAll(envOf(container));
        return env;
    }

    static Map<String, String> envOf(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, Rendering::valueOf,
                (first, second) -> second, TreeMap::new));
    }

    private static String valueOf(EnvVar var) {
        if (var.getValue() != null) {
            return var.getValue();
        }
        var ref = var.getValueFrom().getSecretKeyRef();
        return "secret:" + ref.getName() + "/" + ref.getKey();
    }
}
