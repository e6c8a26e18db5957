package com.waplatform.simulator.meta;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The numbers the simulated Meta knows (registered through the control API). */
@ApplicationScoped
public class MetaAccounts {

    private final Map<String, MetaNumber> numbers = new ConcurrentHashMap<>();

    public MetaNumber register(MetaNumber number) {
        numbers.put(number.phoneNumberId, number);
        return number;
    }

    public Optional<MetaNumber> find(String phoneNumberId) {
        return Optional.ofNullable(numbers.get(phoneNumberId));
    }

    public Collection<MetaNumber> all() {
        return numbers.values();
    }
}
