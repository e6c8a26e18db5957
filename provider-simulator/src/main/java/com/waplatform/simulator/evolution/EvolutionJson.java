package com.waplatform.simulator.evolution;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as Evolution reads them. */
final class EvolutionJson {

    private EvolutionJson() {
    }

    static JsonObject parse(String body) {
        try {
            JsonObject json = body == null || body.isBlank() ? null : new JsonObject(body);
            if (json == null) {
                throw EvolutionError.badRequest("request body is required");
            }
            return json;
        } catch (io.vertx.core.json.DecodeException e) {
            throw EvolutionError.badRequest("request body is not valid JSON");
        }
    }

    /** {@code {enabled, url, headers, byEvents, base64, events}} of instance create or webhook set. */
    static EvolutionInstance.Webhook webhook(JsonObject json) {
        String url = json.getString("url");
        if (url == null || !url.matches("https?://.+")) {
            throw EvolutionError.badRequest("webhook.url must be an http(s) URL");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        JsonObject given = json.getJsonObject("headers", new JsonObject());
        given.forEach(e -> headers.put(e.getKey(), String.valueOf(e.getValue())));
        JsonArray events = json.getJsonArray("events", new JsonArray());
        List<String> names = events.stream().map(String::valueOf).toList();
        return new EvolutionInstance.Webhook(json.getBoolean("enabled", true), url, Map.copyOf(headers), names);
    }
}
