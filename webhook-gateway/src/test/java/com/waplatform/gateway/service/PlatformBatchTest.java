package com.waplatform.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformBatchTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachNumberGetsItsOwnChangesOnlyAndAccountLevelChangesBelongToNone() throws Exception {
        var root = json.readTree("""
                {"object":"whatsapp_business_account","entry":[
                  {"id":"waba-1","changes":[
                    {"field":"messages","value":{"metadata":{"phone_number_id":"111"},"messages":[{"id":"a"}]}},
                    {"field":"messages","value":{"metadata":{"phone_number_id":"222"},"messages":[{"id":"b"}]}}]},
                  {"id":"waba-2","changes":[
                    {"field":"account_update","value":{"event":"VERIFIED_ACCOUNT"}},
                    {"field":"messages","value":{"metadata":{"phone_number_id":"111"},"statuses":[{"id":"c"}]}}]}]}
                """);
        Map<String, ObjectNode> parts = PlatformBatch.split(root, json);
        assertEquals(List.of("111", "222"), List.copyOf(parts.keySet()));
        ObjectNode first = parts.get("111");
        assertEquals("whatsapp_business_account", first.path("object").asText());
        assertEquals(2, first.path("entry").size(), "both entries that had a change of 111");
        assertEquals("waba-2", first.path("entry").get(1).path("id").asText());
        assertEquals("c", first.path("entry").get(1).path("changes").get(0).path("value").path("statuses").get(0)
                .path("id").asText());
        assertFalse(parts.get("222").toString().contains("\"a\""), "222 never sees 111's message");
        assertEquals(1, parts.get("222").path("entry").size());
    }
}
