package com.waplatform.web.resilience;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's work on one record until it is done while the failure is transient ({@link TransientFailures}:
 * the database is down, restarting, or hangs): with backoff, each attempt bounded by
 * {@code consumer-retry.attempt-timeout}. The record is not acknowledged meanwhile, so its offset is not committed
 * and the channel (processing one record at a time) takes nothing after it: the partition pauses instead of
 * skipping. Any other failure ends at once and goes to the channel's failure strategy (its dead-letter topic).
 * <p>
 * Each attempt calls {@code work} again on the record's Vert.x context, so a {@code @WithTransaction} service
 * method runs in a new transaction. The work must be idempotent (a commit whose answer was lost is done again).
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    private final ConsumerRetryConfig config;

    public ConsumerRetry(ConsumerRetryConfig config) {
        this.config = config;
    }

    /** {@code work} done once, retried while it fails transiently; {@code what} names it in the log. */
    public <T> Uni<T> untilDone(String what, Supplier<Uni<? extends T>> work) {
        Executor onRecordContext = onContext(Vertx.currentContext());
        return Uni.createFrom().<T>deferred(work)
                .runSubscriptionOn(onRecordContext)
                .ifNoItem().after(config.attemptTimeout()).fail()
                .onFailure(ConsumerRetry::retryable).invoke(e -> LOG.warnf(
                        "%s: a dependency is unavailable (%s); retrying", what, rootMessage(e)))
                .onFailure(ConsumerRetry::retryable).retry()
                .withBackOff(config.firstBackoff(), config.maxBackoff()).withJitter(0.2).indefinitely();
    }

    private static boolean retryable(Throwable failure) {
        return failure instanceof TimeoutException || TransientFailures.is(failure);
    }

    private static Executor onContext(Context context) {
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
