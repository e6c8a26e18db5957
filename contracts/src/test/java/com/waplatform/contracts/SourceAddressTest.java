package com.waplatform.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SourceAddressTest {

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertEquals(SourceAddress.subject("2001:db8:1:2::1"), SourceAddress.subject("2001:db8:1:2:ffff::9"));
        assertNotEquals(SourceAddress.subject("2001:db8:1:2::1"), SourceAddress.subject("2001:db8:1:3::1"));
    }

    @Test
    void ipv4AndAnythingElseAsTheyAre() {
        assertEquals("192.0.2.7", SourceAddress.subject("192.0.2.7"));
        assertEquals("null", SourceAddress.subject(null));
        assertEquals("not-an-address", SourceAddress.subject("not-an-address"));
    }
}
