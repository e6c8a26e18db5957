package com.waplatform.message.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.message.domain.Conversation;

/** A conversation's attributes (stored as a JSON object) as a mutable object; empty when there are none. */
public final class ConversationAttributes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConversationAttributes() {
    }

    public static ObjectNode of(Conversation conversation) {
        if (conversation.attributes == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(conversation.attributes) instanceof ObjectNode object ? object
                    : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
