package com.waplatform.simulator.evolution;

import com.waplatform.simulator.config.SimulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Evolution's {@code apikey} header: the global key opens everything, an instance's token opens that instance. */
@ApplicationScoped
public class EvolutionAuth {

    private final EvolutionInstances instances;
    private final String globalKey;

    public EvolutionAuth(EvolutionInstances instances, SimulatorConfig config) {
        this.instances = instances;
        this.globalKey = config.evolution().apiKey();
    }

    public void requireGlobal(String apiKey) {
        if (!same(apiKey, globalKey)) {
            throw EvolutionError.unauthorized();
        }
    }

    /** The named instance, for the global key or its own token; 401 or 404 otherwise. */
    public EvolutionInstance instance(String apiKey, String name) {
        if (apiKey == null || apiKey.isEmpty()) {
            throw EvolutionError.unauthorized();
        }
        EvolutionInstance instance = instances.find(name).orElse(null);
        if (same(apiKey, globalKey)) {
            if (instance == null) {
                throw EvolutionError.notFound(name);
            }
            return instance;
        }
        if (instance == null || !same(apiKey, instance.token)) {
            throw EvolutionError.unauthorized();
        }
        return instance;
    }

    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
