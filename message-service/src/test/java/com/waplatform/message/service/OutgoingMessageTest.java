package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.web.ProblemException;
import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    private static JsonNode json(String text) throws Exception {
        return InboundFixtures.JSON.readTree(text);
    }

    private static String problem(OutgoingMessage message, String channel) {
        ProblemException e = assertThrows(ProblemException.class, () -> message.check(channel));
        assertEquals(422, e.status());
        return e.getMessage();
    }

    @Test
    void everyTypeInItsShapeIsAccepted() throws Exception {
        assertDoesNotThrow(() -> OutgoingMessage.text("hi").check("META"));
        assertDoesNotThrow(() -> new OutgoingMessage("image", null, json("{\"link\":\"https://x.example/a.png\","
                + "\"caption\":\"look\"}"), null, null).check("EVOLUTION"));
        assertDoesNotThrow(() -> new OutgoingMessage("interactive", null, null, json("{\"type\":\"button\","
                + "\"body\":{\"text\":\"Pick\"},\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"a\","
                + "\"title\":\"A\"}}]}}"), null).check("META"));
        assertDoesNotThrow(() -> new OutgoingMessage("template", null, null, null, json("{\"name\":\"order_update\","
                + "\"language\":{\"code\":\"en_US\"}}")).check("META"));
        assertEquals("look", new OutgoingMessage("image", null, json("{\"link\":\"https://x.example/a.png\","
                + "\"caption\":\"look\"}"), null, null).storedText());
    }

    @Test
    void eachProblemIsNamed() throws Exception {
        assertTrue(problem(OutgoingMessage.text(" "), "META").contains("'text'"));
        assertTrue(problem(new OutgoingMessage("image", null, json("{\"link\":\"ftp://x/a.png\"}"), null, null),
                "META").contains("media.link"));
        assertTrue(problem(new OutgoingMessage("audio", null, json("{\"link\":\"https://x.example/a.ogg\","
                + "\"caption\":\"no\"}"), null, null), "META").contains("caption"));
        assertTrue(problem(new OutgoingMessage("image", null, json("{\"link\":\"https://x.example/a.png\","
                + "\"size\":1}"), null, null), "META").contains("media.size"));
        assertTrue(problem(new OutgoingMessage("interactive", null, null, json("{\"type\":\"button\","
                + "\"body\":{\"text\":\"Pick\"},\"action\":{\"buttons\":[]}}"), null), "META").contains("1 to 3"));
        assertTrue(problem(new OutgoingMessage("template", null, null, null, json("{\"name\":\"x\","
                + "\"language\":{\"code\":\"en_US\"}}")), "EVOLUTION").contains("Cloud API"));
        assertTrue(problem(new OutgoingMessage("template", null, null, null, json("{\"name\":\"Bad Name\","
                + "\"language\":{\"code\":\"en_US\"}}")), "META").contains("template.name"));
        assertTrue(problem(new OutgoingMessage("image", "text too", json("{\"link\":\"https://x.example/a.png\"}"),
                null, null), "META").contains("only for text"));
        assertTrue(problem(new OutgoingMessage("sticker", null, null, null, null), "META").contains("Unknown"));
    }

    @Test
    void onlyAnUploadedFilesMessageGoesWithoutALink() throws Exception {
        OutgoingMessage uploaded = OutgoingMessage.uploaded("document", "the invoice", "invoice.pdf",
                "application/pdf");
        assertDoesNotThrow(() -> uploaded.check("META"));
        assertTrue(uploaded.isUpload());
        assertEquals("the invoice", uploaded.storedText());
        assertEquals("invoice.pdf", uploaded.content().path("media").path("filename").asText());
        var request = new com.waplatform.message.rest.SendMessageRequest("image", null,
                json("{\"upload\":true}"), null, null);
        ProblemException claimed = assertThrows(ProblemException.class, request::message);
        assertEquals(422, claimed.status());
        assertTrue(problem(new OutgoingMessage("image", null, json("{\"caption\":\"x\"}"), null, null), "META")
                .contains("media.link"));
    }
}
