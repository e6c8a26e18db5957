package com.waplatform.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Snapshots published before a field existed still parse, with the field's "not set" value. */
class TenantSnapshotTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anEventFromBeforeMediaSettingsParsesWithoutThem() throws Exception {
        TenantSnapshot old = json.readValue("""
                {"tenantId":"t1","slug":"acme","name":"Acme","status":"ACTIVE","version":3,"maxConnections":3,
                 "maxAgents":10,"messagesPerMonth":10000,"apiRequestsPerMinute":0,"botEnabled":false,
                 "timezone":"UTC","defaultLanguage":"en"}""", TenantSnapshot.class);
        assertEquals("t1", old.tenantId());
        assertEquals(3, old.version());
        assertEquals(0L, old.mediaQuotaBytes());
        assertEquals(0, old.mediaRetentionDays());
    }

    @Test
    void mediaSettingsMakeTheRoundTrip() throws Exception {
        TenantSnapshot sent = new TenantSnapshot("t2", "globex", "Globex", TenantSnapshot.ACTIVE, null, 7, 3, 10,
                10000, 0, null, true, "UTC", "en", 5_368_709_120L, 30);
        TenantSnapshot read = json.readValue(json.writeValueAsString(sent), TenantSnapshot.class);
        assertEquals(sent, read);
    }
}
