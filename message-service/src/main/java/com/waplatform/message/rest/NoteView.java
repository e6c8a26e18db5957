package com.waplatform.message.rest;

import com.waplatform.message.domain.ConversationNote;
import java.time.OffsetDateTime;
import java.util.UUID;

public record NoteView(UUID id, UUID conversationId, String authorId, String authorName, String text,
        OffsetDateTime createdAt) {

    static NoteView of(ConversationNote note) {
        return new NoteView(note.id, note.conversationId, note.authorId, note.authorName, note.text, note.createdAt);
    }
}
