package com.waplatform.simulator.faults;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Troubles set through the control API, per provider target ({@code meta:<phoneNumberId>}, {@code evolution:<instance>}). */
@ApplicationScoped
public class Faults {

    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    public void set(String target, Fault fault) {
        faults.put(target, fault);
    }

    public void clear(String target) {
        faults.remove(target);
    }

    public Map<String, Fault> all() {
        return Map.copyOf(faults);
    }

    /** The fault that hits this request to the target, if any (counting it against the fault's budget). */
    public Optional<Fault> strike(String target) {
        Fault fault = faults.get(target);
        if (fault == null) {
            return Optional.empty();
        }
        if (!fault.strike()) {
            faults.remove(target, fault);
            return Optional.empty();
        }
        return Optional.of(fault);
    }
}
