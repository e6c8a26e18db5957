package com.waplatform.helm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict validation of rendered manifests against the Kubernetes API model of fabric8 kubernetes-model 8.0.0 (a
 * recent API: its PodSpec already has hostnameOverride, new in Kubernetes 1.34; the chart is rendered for 1.30 and
 * uses nothing a 1.30 cluster lacks by default): each document is read into the model class of its
 * apiVersion and kind, with no type coercion ("8080" is not an integer, as for the API server), and any field the
 * model does not know — which fabric8 would otherwise keep aside as an "additional property" — is an error with its
 * path. Operator resources (no model here) get their metadata checked and their spec's top-level fields.
 */
final class KubernetesModel {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("v1/Pod", Pod.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class));

    /**
     * Operator resources: their spec's fields (Strimzi KafkaTopic, Keycloak operator KeycloakRealmImport, Prometheus
     * Operator ServiceMonitor and PrometheusRule, whose structure MonitoringTest checks further).
     */
    private static final Map<String, Set<String>> CUSTOM_SPECS = Map.of(
            "kafka.strimzi.io/v1beta2/KafkaTopic", Set.of("topicName", "partitions", "replicas", "config"),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", Set.of("keycloakCRName", "realm", "placeholders"),
            "monitoring.coreos.com/v1/ServiceMonitor", Set.of("jobLabel", "selector", "namespaceSelector", "endpoints"),
            "monitoring.coreos.com/v1/PrometheusRule", Set.of("groups"));

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private KubernetesModel() {
    }

    /** The problems of one document; none when it is valid. */
    static List<String> problems(Map<String, Object> document) {
        String type = document.get("apiVersion") + "/" + document.get("kind");
        List<String> problems = new ArrayList<>();
        try {
            if (KINDS.containsKey(type)) {
                unknownFields(MAPPER.convertValue(document, KINDS.get(type)), type, problems);
            } else if (CUSTOM_SPECS.containsKey(type)) {
                GenericKubernetesResource resource = MAPPER.convertValue(document, GenericKubernetesResource.class);
                unknownFields(resource.getMetadata(), type + ".metadata", problems);
                Object spec = resource.getAdditionalProperties().get("spec");
                if (!(spec instanceof Map<?, ?> fields) || !CUSTOM_SPECS.get(type).containsAll(fields.keySet())) {
                    problems.add(type + ".spec: fields " + (spec instanceof Map<?, ?> m ? m.keySet() : spec)
                            + " beyond " + CUSTOM_SPECS.get(type));
                }
            } else {
                problems.add(type + ": not a kind this chart may render");
            }
            names(document, type, problems);
        } catch (JacksonException e) {
            problems.add(type + ": " + e.getOriginalMessage() + " at " + e.getPathReference());
        }
        return problems;
    }

    /** The fabric8 object of a document that passed {@link #problems}. */
    static <T> T read(Map<String, Object> document, Class<T> type) {
        return MAPPER.convertValue(document, type);
    }

    private static void names(Map<String, Object> document, String type, List<String> problems) {
        ObjectMeta meta = MAPPER.convertValue(document.get("metadata"), ObjectMeta.class);
        String name = meta == null ? null : meta.getName();
        if (name == null || name.length() > 63 || !DNS_SUBDOMAIN.matcher(name).matches()) {
            problems.add(type + ": metadata.name " + name + " is not a DNS name of at most 63 characters");
        }
    }

    private static void unknownFields(Object node, String path, List<String> problems) {
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
        } else if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> unknownFields(value, path + "." + key, problems));
        } else if (node != null && node.getClass().getName().startsWith("io.fabric8.")) {
            for (Method getter : node.getClass().getMethods()) {
                if (getter.getName().equals("getAdditionalProperties")) {
                    Map<?, ?> extra = (Map<?, ?>) invoke(getter, node);
                    if (extra != null && !extra.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + extra.keySet());
                    }
                } else if (getter.getParameterCount() == 0 && getter.isAnnotationPresent(JsonProperty.class)) {
                    unknownFields(invoke(getter, node), path + "." + getter.getAnnotation(JsonProperty.class).value(),
                            problems);
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " of " + target.getClass(), e);
        }
    }
}
