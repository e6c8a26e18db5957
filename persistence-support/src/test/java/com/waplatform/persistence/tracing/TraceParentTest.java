package com.waplatform.persistence.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceParentTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void theCurrentTraceIsKeptAndComesBackAsTheSameContext() {
        SpanContext span = SpanContext.create(TRACE, SPAN, TraceFlags.getDefault(), TraceState.getDefault());
        String kept;
        try (Scope ignored = Context.root().with(Span.wrap(span)).makeCurrent()) {
            kept = TraceParent.current();
        }
        assertEquals("00-" + TRACE + "-" + SPAN + "-00", kept);
        SpanContext back = Span.fromContext(TraceParent.context(kept)).getSpanContext();
        assertEquals(TRACE, back.getTraceId());
        assertEquals(SPAN, back.getSpanId());
    }

    @Test
    void outsideATraceThereIsNothingToKeep() {
        assertNull(TraceParent.current());
        assertFalse(Span.fromContext(TraceParent.context(null)).getSpanContext().isValid());
        assertFalse(Span.fromContext(TraceParent.context("not a traceparent")).getSpanContext().isValid());
    }

    @Test
    void aRecordsHeaderIsRead() {
        RecordHeaders headers = new RecordHeaders();
        assertNull(TraceParent.of(headers));
        headers.add("traceparent", ("00-" + TRACE + "-" + SPAN + "-01").getBytes(StandardCharsets.UTF_8));
        assertEquals("00-" + TRACE + "-" + SPAN + "-01", TraceParent.of(headers));
    }
}
