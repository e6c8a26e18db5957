package com.waplatform.simulator.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WhatsApp message template of a business account, shaped as the Graph API gives it: name, language, status,
 * category, id and its components (HEADER, BODY, FOOTER, BUTTONS).
 */
public record MessageTemplate(String id, String name, String language, String status, String category,
        List<Map<String, Object>> components) {

    /** Meta's sample template every WhatsApp Business Account has. */
    public static MessageTemplate helloWorld(String id) {
        return new MessageTemplate(id, "hello_world", "en_US", "APPROVED", "UTILITY",
                List.of(Map.of("type", "BODY", "text", "Hello World")));
    }

    /** The template as the Graph API answers it, with only the {@code fields} asked for (all when none). */
    public Map<String, Object> asGraphObject(List<String> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("name", name);
        all.put("language", language);
        all.put("status", status);
        all.put("category", category);
        all.put("components", components);
        all.put("id", id);
        if (fields.isEmpty()) {
            return all;
        }
        Map<String, Object> some = new LinkedHashMap<>();
        all.forEach((field, value) -> {
            if (fields.contains(field) || "id".equals(field)) {
                some.put(field, value);
            }
        });
        return some;
    }
}
