package com.waplatform.persistence.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The backlog gauges show the last count, not a query per scrape. */
class OutboxBacklogTest {

    @Test
    void theGaugesShowTheLastCount() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        OutboxBacklog backlog = new OutboxBacklog(null, null, config(), registry);
        assertEquals(0, registry.get("outbox.backlog").gauge().value());
        assertEquals(0, registry.get("outbox.oldest.age.seconds").gauge().value());

        backlog.record(42, 12.5);
        assertEquals(42, registry.get("outbox.backlog").gauge().value());
        assertEquals(12.5, registry.get("outbox.oldest.age.seconds").gauge().value(), 0.001);

        backlog.record(0, 0);
        assertEquals(0, registry.get("outbox.backlog").gauge().value());
        assertEquals(0, registry.get("outbox.oldest.age.seconds").gauge().value());
    }

    private static OutboxConfig config() {
        return new OutboxConfig() {
            public boolean enabled() {
                return true;
            }

            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            public int batchSize() {
                return 100;
            }

            public int maxAttempts() {
                return 20;
            }

            public Duration metricsInterval() {
                return Duration.ofSeconds(15);
            }
        };
    }
}
