package com.waplatform.simulator.meta;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The message templates of each WhatsApp Business Account: Meta's sample {@code hello_world}, then those added. */
@ApplicationScoped
public class WabaTemplates {

    private final Map<String, List<MessageTemplate>> byWaba = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1_170_000_000_000_000L);

    public List<MessageTemplate> of(String wabaId) {
        List<MessageTemplate> list = templates(wabaId);
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** Adds a template, or replaces the one of the same name and language (as editing it in the manager would). */
    public MessageTemplate add(String wabaId, String name, String language, String status, String category,
            List<Map<String, Object>> components) {
        List<MessageTemplate> list = templates(wabaId);
        synchronized (list) {
            MessageTemplate template = new MessageTemplate(String.valueOf(ids.incrementAndGet()), name, language,
                    status, category, components);
            list.removeIf(t -> t.name().equals(name) && t.language().equals(language));
            list.add(template);
            return template;
        }
    }

    private List<MessageTemplate> templates(String wabaId) {
        return byWaba.computeIfAbsent(wabaId, id -> {
            List<MessageTemplate> list = new ArrayList<>();
            list.add(MessageTemplate.helloWorld(String.valueOf(ids.incrementAndGet())));
            return java.util.Collections.synchronizedList(list);
        });
    }
}
