package com.waplatform.message.service;

import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.ConversationNote;
import com.waplatform.message.messaging.ConversationEvents;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.NoteRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Agents' internal notes and labels on a conversation; each change is published for live inboxes. */
@ApplicationScoped
public class ConversationNotes {

    public static final int MAX_LABELS = 20;
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]{0,49}");

    private final ConversationRepository conversations;
    private final NoteRepository notes;
    private final ConversationEvents events;
    private final TenantScope scope;

    public ConversationNotes(ConversationRepository conversations, NoteRepository notes, ConversationEvents events,
            TenantScope scope) {
        this.conversations = conversations;
        this.notes = notes;
        this.events = events;
        this.scope = scope;
    }

    @WithTransaction
    public Uni<ConversationNote> addNote(String tenantId, UUID conversationId, String authorId, String authorName,
            String text) {
        return owned(tenantId, conversationId).flatMap(conversation -> {
            ConversationNote note = new ConversationNote();
            note.id = UUID.randomUUID();
            note.tenantId = tenantId;
            note.conversationId = conversation.id;
            note.authorId = authorId;
            note.authorName = authorName;
            note.text = text.strip();
            note.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            return notes.persist(note).call(saved -> events.noteAdded(conversation, saved));
        });
    }

    @WithTransaction
    public Uni<List<ConversationNote>> notes(String tenantId, UUID conversationId, int limit) {
        return owned(tenantId, conversationId).flatMap(c -> notes.ofConversation(tenantId, c.id, limit));
    }

    /** Replaces the conversation's labels (trimmed, duplicates dropped, case kept); 422 for an unusable label. */
    @WithTransaction
    public Uni<Conversation> setLabels(String tenantId, UUID conversationId, String actorId, List<String> labels) {
        Set<String> clean = new LinkedHashSet<>();
        for (String label : labels) {
            String value = label == null ? "" : label.strip();
            if (!LABEL.matcher(value).matches()) {
                throw ProblemException.unprocessable("Label '" + (value.length() > 60 ? value.substring(0, 60) + "…"
                        : value) + "' is not usable: 1 to 50 letters, digits, spaces, '_', '.' or '-'");
            }
            clean.add(value);
        }
        if (clean.size() > MAX_LABELS) {
            throw ProblemException.unprocessable("A conversation has at most " + MAX_LABELS + " labels");
        }
        return owned(tenantId, conversationId).call(c -> {
            if (Set.of(c.labels).equals(clean)) {
                return Uni.createFrom().voidItem();
            }
            c.labels = clean.toArray(String[]::new);
            return events.updated(c, "labels", actorId);
        });
    }

    private Uni<Conversation> owned(String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> conversations.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Conversation"));
    }
}
