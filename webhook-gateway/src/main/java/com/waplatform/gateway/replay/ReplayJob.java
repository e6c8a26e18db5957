package com.waplatform.gateway.replay;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** One replay of raw webhooks of a time range (optionally of one connection), and how far it got. */
public class ReplayJob {

    public enum State { RUNNING, DONE, FAILED }

    public final String id = UUID.randomUUID().toString();
    public final Instant from;
    public final Instant to;
    public final UUID connectionId;
    public final String requestedBy;
    public volatile State state = State.RUNNING;
    public volatile String failure;
    public final AtomicInteger scanned = new AtomicInteger();
    public final AtomicInteger replayedWebhooks = new AtomicInteger();
    public final AtomicInteger publishedEvents = new AtomicInteger();

    public ReplayJob(Instant from, Instant to, UUID connectionId, String requestedBy) {
        this.from = from;
        this.to = to;
        this.connectionId = connectionId;
        this.requestedBy = requestedBy;
    }
}
