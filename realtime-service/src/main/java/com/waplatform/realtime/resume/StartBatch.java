package com.waplatform.realtime.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The sockets of one tenant waiting for their start, read together: when many clients of a tenant come back at
 * once (a replica died, a network blip), their histories are one read of the tenant's partitions, not one each.
 * Sockets join the batch until a reader begins it; later ones make the next batch.
 */
final class StartBatch {

    /** A socket waiting: the position it came back with, whether it is still open, since when it waits. */
    record Waiting(Optional<Position> from, BooleanSupplier wanted, long queuedAt, CompletableFuture<EventLog.Start> start) {
    }

    private final List<Waiting> waiting = new ArrayList<>();
    private boolean begun;

    /** Joins the batch; false when a reader began it already (the socket then makes a new one). */
    synchronized boolean join(Waiting socket) {
        if (begun) {
            return false;
        }
        waiting.add(socket);
        return true;
    }

    /** The sockets of the batch; none can join from now on. */
    synchronized List<Waiting> begin() {
        begun = true;
        return new ArrayList<>(waiting);
    }
}
