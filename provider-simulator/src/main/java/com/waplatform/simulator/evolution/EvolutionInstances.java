package com.waplatform.simulator.evolution;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The instances the simulated Evolution API server holds, by instance name. */
@ApplicationScoped
public class EvolutionInstances {

    private final Map<String, EvolutionInstance> instances = new ConcurrentHashMap<>();

    /** Adds the instance; false if the name is taken. */
    public boolean add(EvolutionInstance instance) {
        return instances.putIfAbsent(instance.name, instance) == null;
    }

    public Optional<EvolutionInstance> find(String name) {
        return Optional.ofNullable(instances.get(name));
    }

    public void remove(String name) {
        instances.remove(name);
    }
}
