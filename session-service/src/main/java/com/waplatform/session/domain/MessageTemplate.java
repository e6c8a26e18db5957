package com.waplatform.session.domain;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cloud API number's message template, as much of it as an agent needs to send it: name and language (which
 * together name it in a send), Meta's review status, category, the body text with how many {@code {{n}}} parameters
 * it takes, and the header and footer text if any.
 */
public record MessageTemplate(String name, String language, String status, String category, String body,
        int bodyParameters, String header, String footer) {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\{\\s*(\\d+)\\s*}}");

    /** Reads a template as the Graph API gives it ({@code components} of types HEADER, BODY, FOOTER, BUTTONS). */
    public static MessageTemplate fromGraph(JsonObject template) {
        JsonArray components = template.getJsonArray("components", new JsonArray());
        String body = text(components, "BODY");
        return new MessageTemplate(template.getString("name"), template.getString("language"),
                template.getString("status"), template.getString("category"), body == null ? "" : body,
                parameterCount(body), text(components, "HEADER"), text(components, "FOOTER"));
    }

    /** The highest {@code {{n}}} in the text: Meta numbers a body's parameters 1, 2, 3… */
    static int parameterCount(String text) {
        if (text == null) {
            return 0;
        }
        int highest = 0;
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest;
    }

    /** The text of the component of that type (a HEADER only when its format is TEXT). */
    private static String text(JsonArray components, String type) {
        for (int i = 0; i < components.size(); i++) {
            JsonObject component = components.getJsonObject(i);
            if (type.equalsIgnoreCase(component.getString("type"))
                    && ("TEXT".equalsIgnoreCase(component.getString("format", "TEXT")))) {
                return component.getString("text");
            }
        }
        return null;
    }
}
