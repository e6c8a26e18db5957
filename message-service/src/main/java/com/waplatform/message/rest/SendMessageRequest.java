package com.waplatform.message.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.message.service.OutgoingMessage;
import com.waplatform.web.ProblemException;
import com.waplatform.web.validation.JsonLimits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message to send: {@code type} text (the default), image, document, audio, video (with {@code media.link},
 * optional caption and filename), interactive (buttons or list) or template, the last two in the Cloud API's
 * shape. Their sizes are bounded here (400 naming the part and the place in it); the rules per type and channel are
 * checked by the service (422 with the reason).
 */
public record SendMessageRequest(
        @Pattern(regexp = "text|image|document|audio|video|interactive|template",
                message = "must be text, image, document, audio, video, interactive or template") String type,
        @Size(max = 4096, message = "must be at most 4096 characters (WhatsApp's limit)") String text,
        @JsonLimits(maxText = 2000, maxTotal = 5000) JsonNode media,
        @JsonLimits(maxText = 1024, maxTotal = 20_000) JsonNode interactive,
        @JsonLimits(maxText = 2000, maxTotal = 20_000) JsonNode template) {

    public OutgoingMessage message() {
        if (media != null && media.has("upload")) {
            // only an uploaded file's message has it (POST …/messages/media), never a JSON send
            throw ProblemException.unprocessable("'media.upload' is not a field of a media message (link, caption, "
                    + "filename, mimeType); to send a file, upload it to /api/conversations/{id}/messages/media");
        }
        return new OutgoingMessage(type == null ? "text" : type, text, media, interactive, template);
    }
}
