package com.waplatform.message.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a message holds beyond its text, in one shape whatever the provider (Cloud API or Evolution) and the
 * direction: read from the stored provider or send content by {@link #of(String, String)}. Each field is absent
 * when it does not apply. Media links, URLs and provider media ids are never part of it: a message's file is
 * fetched through {@code GET /api/conversations/{id}/messages/{messageId}/media}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MessageContent", description = "What a message holds beyond its text, the same for every provider "
        + "and direction; absent fields do not apply. Text messages have no content.")
public record MessageContent(
        @Schema(description = "Caption of an image, video or document") String caption,
        @Schema(description = "File name of a document") String fileName,
        @Schema(description = "Media type of the file, e.g. image/jpeg") String mimeType,
        @Schema(description = "Size of the file in bytes, when the provider said") Long sizeBytes,
        @Schema(description = "Length of an audio or video in seconds, when the provider said") Integer durationSeconds,
        @Schema(description = "True for a voice note (recorded audio), absent otherwise") Boolean voice,
        @Schema(description = "A location message") Location location,
        @Schema(description = "Contact cards of a contacts message") List<Contact> contacts,
        @Schema(description = "An interactive message sent, or the customer's answer to one") Interactive interactive,
        @Schema(description = "The template of a template message") Template template,
        @Schema(description = "A reaction message: the emoji and the message it is about") Reaction reaction) {

    /** The content of a message of this type from its stored JSON; null for text, unknown or unreadable content. */
    public static MessageContent of(String type, String stored) {
        return MessageContents.read(type, stored);
    }

    /** True if nothing applies (not a bean property: it is not part of the JSON nor of the API document). */
    boolean holdsNothing() {
        return caption == null && fileName == null && mimeType == null && sizeBytes == null
                && durationSeconds == null && voice == null && location == null && contacts == null
                && interactive == null && template == null && reaction == null;
    }

    static MessageContent media(String caption, String fileName, String mimeType, Long sizeBytes,
            Integer durationSeconds, Boolean voice) {
        return new MessageContent(caption, fileName, mimeType, sizeBytes, durationSeconds, voice, null, null, null,
                null, null);
    }

    static MessageContent of(Location location) {
        return new MessageContent(null, null, null, null, null, null, location, null, null, null, null);
    }

    static MessageContent of(List<Contact> contacts) {
        return new MessageContent(null, null, null, null, null, null, null, contacts, null, null, null);
    }

    static MessageContent of(Interactive interactive) {
        return new MessageContent(null, null, null, null, null, null, null, null, interactive, null, null);
    }

    static MessageContent of(Template template) {
        return new MessageContent(null, null, null, null, null, null, null, null, null, template, null);
    }

    static MessageContent of(Reaction reaction) {
        return new MessageContent(null, null, null, null, null, null, null, null, null, null, reaction);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MessageContentLocation", description = "A place the message shares")
    public record Location(
            @Schema(required = true) double latitude,
            @Schema(required = true) double longitude,
            @Schema(description = "Name of the place") String name,
            @Schema(description = "Address of the place") String address) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MessageContentContact", description = "One contact card")
    public record Contact(
            @Schema(required = true, description = "Name shown on the card (may be empty)") String name,
            @Schema(required = true, description = "Phone numbers as written on the card (may be empty)")
            List<String> phones) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MessageContentInteractive", description = "Sent: the body and the options offered (kind buttons "
            + "or list). Received: the option the customer chose (kind button_reply or list_reply, with its id and "
            + "title) or a flow's answer (flow_reply)")
    public record Interactive(
            @Schema(required = true, description = "buttons, list (sent); button_reply, list_reply, flow_reply "
                    + "(received); another Cloud API interactive type as named there")
            String kind,
            @Schema(description = "Id of the option chosen (a reply)") String id,
            @Schema(description = "Title of the option chosen (a reply)") String title,
            @Schema(description = "Description of the list row chosen (a list reply)") String description,
            @Schema(description = "Header text of a sent message") String header,
            @Schema(description = "Body text of a sent message, or a flow reply's text") String body,
            @Schema(description = "Footer text of a sent message") String footer,
            @Schema(description = "Reply buttons or list rows a sent message offered") List<Option> options) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MessageContentOption", description = "A reply button or list row offered")
    public record Option(
            @Schema(description = "Id the reply will carry") String id,
            @Schema(required = true) String title,
            @Schema(description = "Description of a list row") String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MessageContentTemplate", description = "An approved template sent")
    public record Template(
            @Schema(required = true) String name,
            @Schema(description = "Language code, e.g. en_US") String language,
            @Schema(required = true, description = "Texts filled into the template's body, in order (may be empty)")
            List<String> parameters) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MessageContentReaction", description = "A reaction to another message")
    public record Reaction(
            @Schema(description = "The emoji; absent when the reaction was removed") String emoji,
            @Schema(description = "Provider id of the message reacted to (its providerMessageId)")
            String providerMessageId) {
    }
}
