package com.waplatform.session.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.persistence.outbox.OutboxBacklog;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The send queue's and the outbox's gauges are counted by their periodic query (run once here) and shown on
 * /q/metrics as {@code dispatch_queue_depth}, {@code dispatch_queue_oldest_age_seconds}, {@code outbox_backlog}
 * and {@code outbox_oldest_age_seconds}, with the numbers by state ({@code whatsapp_connections{state}}).
 */
@QuarkusTest
class QueueGaugesTest {

    @Inject
    SendQueueDepth queue;

    @Inject
    OutboxBacklog outbox;

    @Inject
    MeterRegistry metrics;

    @Test
    void theQueueAndOutboxGaugesAreCountedAndScraped() {
        queue.refresh().await().atMost(Duration.ofSeconds(10));
        outbox.refresh().await().atMost(Duration.ofSeconds(10));
        assertTrue(metrics.get("dispatch.queue.depth").gauge().value() >= 0);
        assertNotNull(metrics.get("outbox.oldest.age.seconds").gauge());
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String name : new String[] {"dispatch_queue_depth ", "dispatch_queue_oldest_age_seconds ",
                "outbox_backlog ", "outbox_oldest_age_seconds ", "whatsapp_connections{state=\"FAILED\"} "}) {
            assertTrue(scrape.contains("\n" + name), name + " on /q/metrics");
        }
    }
}
