package com.waplatform.message.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.waplatform.message.config.AutomationConfig;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One address's checks never queue up in front of everybody else's: a few at a time, then 429 for a second. */
class RejectedKeysTest {

    private final RejectedKeys keys = new RejectedKeys(null, config(2));

    @Test
    void anAddressHasOnlyAFewChecksRunningAtOnce() {
        RejectedKeys.Check first = keys.admit("127.0.0.2");
        keys.admit("127.0.0.2");
        RejectedKeys.Refused refused = assertThrows(RejectedKeys.Refused.class, () -> keys.admit("127.0.0.2"));
        assertEquals(Duration.ofSeconds(1), refused.waitFor());
        keys.admit("127.0.0.3");

        first.done();
        keys.admit("127.0.0.2");
    }

    @Test
    void ipv6AddressesOfOneSlash64ShareTheirChecks() {
        keys.admit("2001:db8:1:2::1");
        keys.admit("2001:db8:1:2::2");
        assertThrows(RejectedKeys.Refused.class, () -> keys.admit("2001:db8:1:2:ffff::9"));
        keys.admit("2001:db8:1:3::1");
    }

    private static AutomationConfig config(int inFlight) {
        return (AutomationConfig) Proxy.newProxyInstance(AutomationConfig.class.getClassLoader(),
                new Class<?>[] {AutomationConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "keyChecksInFlightPerAddress" -> inFlight;
                    case "rejectedKeysPerAddressPerMinute" -> 100;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
