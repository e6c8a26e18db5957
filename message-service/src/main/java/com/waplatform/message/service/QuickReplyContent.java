package com.waplatform.message.service;

import com.waplatform.message.domain.QuickReply;
import com.waplatform.web.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a tenant admin writes in a quick reply. A media link comes with its type and a type only with a link: 400
 * naming {@code mediaType} otherwise (the sizes and shapes of each field are the request's own checks).
 */
public record QuickReplyContent(String shortcut, String text, String mediaUrl, String mediaType) {

    public QuickReplyContent {
        if (mediaUrl != null && mediaType == null) {
            throw ProblemException.invalid("mediaType", "is required with mediaUrl");
        }
        if (mediaUrl == null && mediaType != null) {
            throw ProblemException.invalid("mediaType", "is only for a quick reply with a mediaUrl");
        }
    }

    /** The same content with the media link as the outbound URL check gave it back. */
    QuickReplyContent withMediaUrl(String checkedUrl) {
        return new QuickReplyContent(shortcut, text, checkedUrl, mediaType);
    }

    /** The names of the fields this content would change in the reply (empty: nothing to do). */
    List<String> changesTo(QuickReply reply) {
        List<String> changed = new ArrayList<>();
        addIfDifferent(changed, "shortcut", reply.shortcut, shortcut);
        addIfDifferent(changed, "text", reply.text, text);
        addIfDifferent(changed, "mediaUrl", reply.mediaUrl, mediaUrl);
        addIfDifferent(changed, "mediaType", reply.mediaType, mediaType);
        return changed;
    }

    void applyTo(QuickReply reply) {
        reply.shortcut = shortcut;
        reply.text = text;
        reply.mediaUrl = mediaUrl;
        reply.mediaType = mediaType;
    }

    private static void addIfDifferent(List<String> changed, String field, String was, String is) {
        if (!Objects.equals(was, is)) {
            changed.add(field);
        }
    }
}
