package com.waplatform.message.content;

import static com.waplatform.message.content.MessageContents.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Content of a message an agent or the automation sent, as message-service stored it
 * ({@code OutgoingMessage.content()}): {@code media {link | upload, caption, filename, mimeType}},
 * {@code interactive} and {@code template} in the Cloud API's send shapes. The media link is left out.
 */
final class SentContent {

    private SentContent() {
    }

    static MessageContent read(JsonNode content) {
        JsonNode media = content.path("media");
        MessageContent.Interactive interactive = content.path("interactive").isObject()
                ? interactive(content.path("interactive")) : null;
        MessageContent.Template template = content.path("template").isObject()
                ? template(content.path("template")) : null;
        return new MessageContent(text(media, "caption"), text(media, "filename"), text(media, "mimeType"), null,
                null, null, null, null, interactive, template, null);
    }

    /** {@code {type: button | list, header?, body: {text}, footer?, action: {buttons | sections}}}. */
    private static MessageContent.Interactive interactive(JsonNode i) {
        String type = text(i, "type");
        String kind = "button".equals(type) ? "buttons" : type == null ? "interactive" : type;
        JsonNode header = i.path("header");
        List<MessageContent.Option> options = new ArrayList<>();
        JsonNode action = i.path("action");
        action.path("buttons").forEach(button -> option(options, button.path("reply")));
        action.path("sections").forEach(section -> section.path("rows").forEach(row -> option(options, row)));
        return new MessageContent.Interactive(kind, null, null, null,
                "text".equals(text(header, "type")) ? text(header, "text") : null, text(i.path("body"), "text"),
                text(i.path("footer"), "text"), options.isEmpty() ? null : options);
    }

    private static void option(List<MessageContent.Option> options, JsonNode option) {
        String title = text(option, "title");
        if (title != null) {
            options.add(new MessageContent.Option(text(option, "id"), title, text(option, "description")));
        }
    }

    /**
     * {@code {name, language: {code}, components: [{type: body, parameters: [{type: text, text} | {type: currency,
     * currency: {fallback_value}} | {type: date_time, date_time: {fallback_value}}]}]}}: the body's texts in order.
     */
    private static MessageContent.Template template(JsonNode t) {
        String name = text(t, "name");
        if (name == null) {
            return null;
        }
        List<String> parameters = new ArrayList<>();
        for (JsonNode component : t.path("components")) {
            if (!"body".equalsIgnoreCase(component.path("type").asText())) {
                continue;
            }
            for (JsonNode parameter : component.path("parameters")) {
                String value = text(parameter, "text");
                if (value == null) {
                    value = text(parameter.path(parameter.path("type").asText()), "fallback_value");
                }
                if (value != null) {
                    parameters.add(value);
                }
            }
        }
        String language = t.path("language").isTextual() ? text(t, "language") : text(t.path("language"), "code");
        return new MessageContent.Template(name, language, parameters);
    }
}
