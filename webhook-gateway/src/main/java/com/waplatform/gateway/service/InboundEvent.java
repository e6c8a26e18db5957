package com.waplatform.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One normalized provider event (a customer message or a delivery status) ready for {@code whatsapp.inbound}. */
public record InboundEvent(String type, ObjectNode payload) {
}
