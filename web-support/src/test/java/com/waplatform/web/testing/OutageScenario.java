package com.waplatform.web.testing;

import java.time.Duration;
import java.util.function.ToLongFunction;

/**
 * A consumer under a database outage: probes are published until the consumer has stored one (it reads the topic
 * from its end), then the test database goes down while {@code records} records are published over the outage,
 * comes back, and the scenario waits (up to 45 s) until they are all stored. It answers how many were stored and
 * how many reached the dead-letter topic. The test's records carry {@code run} in their value, and the names
 * given to {@code publish} ("probe0", "m0", "m1" …) so that {@code stored} can count them by prefix.
 */
public final class OutageScenario {

    /** Publishes one record named {@code name}. */
    @FunctionalInterface
    public interface Publisher {
        void publish(String name) throws Exception;
    }

    /** What came out of it: records stored and records dead-lettered, of those published during the outage. */
    public record Result(long stored, int deadLettered) {
    }

    private final String database;
    private final String deadLetterTopic;
    private final String run;

    public OutageScenario(String database, String deadLetterTopic, String run) {
        this.database = database;
        this.deadLetterTopic = deadLetterTopic;
        this.run = run;
    }

    public Result run(int records, Duration outage, Publisher publish, ToLongFunction<String> stored)
            throws Exception {
        try (TestTopics.Tail deadLetters = TestTopics.tail(deadLetterTopic)) {
            consumerIsReading(publish, stored);
            DatabaseOutage down = DatabaseOutage.begin(database);
            try {
                for (int i = 0; i < records; i++) {
                    publish.publish("m" + i);
                    Thread.sleep(outage.toMillis() / records);
                }
            } finally {
                down.end();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (stored.applyAsLong("m") < records && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            return new Result(stored.applyAsLong("m"), deadLetters.count(run, Duration.ofSeconds(3)));
        }
    }

    private static void consumerIsReading(Publisher publish, ToLongFunction<String> stored) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int i = 0; stored.applyAsLong("probe") == 0; i++) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the consumer never stored a probe");
            }
            publish.publish("probe" + i);
            Thread.sleep(1000);
        }
    }
}
