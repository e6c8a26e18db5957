package com.waplatform.message.repository;

import com.waplatform.message.domain.Conversation;
import java.util.UUID;

/** What an inbox listing shows: by status, assignee (or only unassigned ones), number, label, and contact name/number. */
public record InboxFilter(Conversation.Status status, String assignee, boolean unassigned, UUID connectionId,
        String label, String text) {

    public static final InboxFilter ALL = new InboxFilter(null, null, false, null, null, null);
}
