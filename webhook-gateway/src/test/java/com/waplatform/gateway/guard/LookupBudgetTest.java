package com.waplatform.gateway.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.gateway.config.GatewayConfig;
import com.waplatform.gateway.service.WebhookRejected;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookupBudgetTest {

    private static final int PER_MINUTE = 30;
    private static final int IN_FLIGHT = 2;

    private final LookupBudget budget = new LookupBudget(config());

    @Test
    void unknownIdsUseTheBudgetUpAndOtherAddressesKeepTheirs() {
        for (int i = 0; i < PER_MINUTE; i++) {
            budget.charge("127.0.0.2").settle(true);
        }
        WebhookRejected refused = assertThrows(WebhookRejected.class, () -> budget.charge("127.0.0.2"));
        assertEquals(429, refused.status());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 61, refused.getMessage());
        budget.charge("127.0.0.3").settle(true);
    }

    @Test
    void connectionsThatExistCostNothing() {
        for (int i = 0; i < 10 * PER_MINUTE; i++) {
            budget.charge("10.1.2.3").settle(false);
        }
    }

    @Test
    void aProviderAddressMayLookUpManyAtOnceButAFloodingOneOnlyAFew() {
        List<LookupBudget.Lookup> running = new ArrayList<>();
        for (int i = 0; i < PER_MINUTE - 1; i++) {
            running.add(budget.charge("10.0.0.1")); // e.g. a provider right after a restart of the gateway
        }
        running.forEach(lookup -> lookup.settle(false));

        for (int i = 0; i < LookupBudget.SUSPICIOUS_UNKNOWN; i++) {
            budget.charge("10.0.0.2").settle(true);
        }
        LookupBudget.Lookup first = budget.charge("10.0.0.2");
        budget.charge("10.0.0.2");
        WebhookRejected refused = assertThrows(WebhookRejected.class, () -> budget.charge("10.0.0.2"));
        assertEquals(1, refused.retryAfterSeconds());
        first.settle(true);
        budget.charge("10.0.0.2");
    }

    @Test
    void ipv6AddressesOfOneSlash64ShareABudget() {
        LookupBudget budget = new LookupBudget(config());
        for (int i = 0; i < PER_MINUTE; i++) {
            budget.charge("2001:db8:1:2::" + Integer.toHexString(i + 1)).settle(true);
        }
        assertThrows(WebhookRejected.class, () -> budget.charge("2001:db8:1:2:ffff::9"));
        budget.charge("2001:db8:1:3::1").settle(true);
    }

    private static GatewayConfig config() {
        return (GatewayConfig) Proxy.newProxyInstance(GatewayConfig.class.getClassLoader(),
                new Class<?>[] {GatewayConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "unknownConnectionsPerAddressPerMinute" -> PER_MINUTE;
                    case "unknownAddressLookupsInFlight" -> IN_FLIGHT;
                    case "trackedAddresses" -> 1_000L;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
