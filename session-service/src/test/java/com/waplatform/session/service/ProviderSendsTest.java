package com.waplatform.session.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.provider.GraphApiException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

/** Each provider call is timed under its provider and outcome. */
class ProviderSendsTest {

    @Test
    void aSendIsTimedByProviderAndOutcome() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ProviderSends sends = new ProviderSends(registry);

        assertEquals("wamid.1", sends.timed(ConnectionType.CLOUD_API, () -> Uni.createFrom().item("wamid.1"))
                .await().indefinitely());
        GraphApiException refused = new GraphApiException(400, 131047, "re-engagement message");
        assertThrows(GraphApiException.class, () -> sends.timed(ConnectionType.CLOUD_API,
                () -> Uni.createFrom().<String>failure(refused)).await().indefinitely());
        assertThrows(IllegalStateException.class, () -> sends.timed(ConnectionType.EVOLUTION,
                () -> Uni.createFrom().<String>failure(new IllegalStateException("bug"))).await().indefinitely());

        assertEquals(1, registry.get("provider.send").tags("provider", "cloud_api", "outcome", "sent").timer()
                .count());
        assertEquals(1, registry.get("provider.send").tags("provider", "cloud_api", "outcome",
                refused.retryable() ? "retryable" : "rejected").timer().count());
        assertEquals(1, registry.get("provider.send").tags("provider", "evolution", "outcome", "error").timer()
                .count());
    }
}
