package com.waplatform.persistence.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A trace kept with work that is done later, in no request (an outbox event, a queued send): the W3C
 * {@code traceparent} of the trace the work was asked for in, so that doing it continues that trace.
 */
public final class TraceParent {

    public static final String HEADER = "traceparent";
    private static final TextMapGetter<String> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(HEADER);
        }

        @Override
        public String get(String traceparent, String key) {
            return HEADER.equals(key) ? traceparent : null;
        }
    };

    private TraceParent() {
    }

    /** the current trace's traceparent, or null outside any trace */
    public static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** the traceparent a Kafka record carries, or null */
    public static String of(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** the context a traceparent names (the root context when there is none or it is unreadable) */
    public static Context context(String traceparent) {
        return traceparent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, GETTER);
    }

    /**
     * Makes the trace current on the caller's Vert.x context for what follows there (calls, log lines, events
     * written): for work that runs on a context of its own, one piece after the other.
     */
    @SuppressWarnings("resource") // the context is the work's own: what follows on it belongs to this trace
    public static void resume(String traceparent) {
        context(traceparent).makeCurrent();
    }
}
