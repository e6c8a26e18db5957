package com.waplatform.helm;

import java.util.Map;

/** One rendered document. */
record Manifest(Map<String, Object> tree) {

    String kind() {
        return String.valueOf(tree.get("kind"));
    }

    String apiVersion() {
        return String.valueOf(tree.get("apiVersion"));
    }

    String name() {
        return String.valueOf(metadata().get("name"));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> metadata() {
        return (Map<String, Object>) tree.getOrDefault("metadata", Map.of());
    }

    @SuppressWarnings("unchecked")
    Map<String, String> annotations() {
        return (Map<String, String>) metadata().getOrDefault("annotations", Map.of());
    }

    /** The fabric8 object of this document (strictly: see {@link KubernetesModel}). */
    <T> T as(Class<T> type) {
        return KubernetesModel.read(tree, type);
    }

    @Override
    public String toString() {
        return kind() + " " + name();
    }
}
