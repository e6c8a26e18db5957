package com.waplatform.message.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.message.service.OutgoingMessage;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message to send: {@code type} text (the default), image, document, audio, video (with {@code media.link},
 * optional caption and filename), interactive (buttons or list) or template, the last two in the Cloud API's
 * shape. The rules per type and channel are checked by the service (422 with the reason).
 */
public record SendMessageRequest(
        @Pattern(regexp = "text|image|document|audio|video|interactive|template",
                message = "must be text, image, document, audio, video, interactive or template") String type,
        @Size(max = 4096, message = "must be at most 4096 characters (WhatsApp's limit)") String text,
        JsonNode media,
        JsonNode interactive,
        JsonNode template) {

    public OutgoingMessage message() {
        return new OutgoingMessage(type == null ? "text" : type, text, media, interactive, template);
    }
}
