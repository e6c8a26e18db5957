package com.waplatform.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** The environment Kubernetes gives a rendered container: its envFrom ConfigMaps and Secrets, then its env. */
final class RenderedEnvironment {

    private RenderedEnvironment() {
    }

    static Map<String, String> of(Rendering rendering, Container container) {
        Map<String, String> env = new TreeMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                env.putAll(configMap(rendering, source.getConfigMapRef().getName()));
            }
            if (source.getSecretRef() != null) {
                env.putAll(secret(rendering, source.getSecretRef().getName()));
            }
        }
        for (EnvVar var : container.getEnv()) {
            env.put(var.getName(), value(rendering, var));
        }
        return env;
    }

    private static String value(Rendering rendering, EnvVar var) {
        if (var.getValueFrom() == null) {
            return var.getValue() == null ? "" : var.getValue();
        }
        var secretKey = var.getValueFrom().getSecretKeyRef();
        if (secretKey != null) {
            return found(secret(rendering, secretKey.getName()).get(secretKey.getKey()), var);
        }
        var configKey = var.getValueFrom().getConfigMapKeyRef();
        if (configKey != null) {
            return found(configMap(rendering, configKey.getName()).get(configKey.getKey()), var);
        }
        throw new AssertionError(var.getName() + " comes from where no test can follow it: " + var.getValueFrom());
    }

    private static String found(String value, EnvVar var) {
        if (value == null) {
            throw new AssertionError(var.getName() + " names a key the rendering does not hold: " + var.getValueFrom());
        }
        return value;
    }

    private static Map<String, String> configMap(Rendering rendering, String name) {
        Map<String, String> data = rendering.get("ConfigMap", name).as(ConfigMap.class).getData();
        return data == null ? Map.of() : data;
    }

    private static Map<String, String> secret(Rendering rendering, String name) {
        Secret secret = rendering.get("Secret", name).as(Secret.class);
        Map<String, String> values = new TreeMap<>();
        if (secret.getData() != null) {
            secret.getData().forEach((key, value) -> values.put(key,
                    new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            values.putAll(secret.getStringData());
        }
        return values;
    }
}
