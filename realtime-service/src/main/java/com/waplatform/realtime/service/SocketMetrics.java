package com.waplatform.realtime.service;

import com.waplatform.realtime.resume.EventLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * What this instance's sockets do, for Prometheus ({@code /q/metrics}): {@code realtime_sockets_open},
 * {@code realtime_socket_starts_total{kind=fresh|resumed|resync|without_history}}, {@code realtime_replayed_events_total}
 * and {@code realtime_sockets_closed_too_slow_total}. No tenant label: a busy platform has thousands of tenants.
 */
@ApplicationScoped
public class SocketMetrics {

    private final Map<EventLog.Kind, Counter> starts = new EnumMap<>(EventLog.Kind.class);
    private final Counter withoutHistory;
    private final Counter replayed;
    private final Counter tooSlow;

    public SocketMetrics(MeterRegistry registry, TenantSockets sockets) {
        registry.gauge("realtime.sockets.open", sockets, TenantSockets::count);
        for (EventLog.Kind kind : EventLog.Kind.values()) {
            starts.put(kind, registry.counter("realtime.socket.starts", "kind", kind.name().toLowerCase()));
        }
        withoutHistory = registry.counter("realtime.socket.starts", "kind", "without_history");
        replayed = registry.counter("realtime.replayed.events");
        tooSlow = registry.counter("realtime.sockets.closed.too.slow");
    }

    /** A socket started: how, and how many events its replay holds. */
    public void started(EventLog.Start start) {
        starts.get(start.kind()).increment();
        replayed.increment(start.replay().size());
    }

    /** A socket started without its history (Kafka could not be read, or too many starts waited). */
    public void startedWithoutHistory() {
        withoutHistory.increment();
    }

    /** A socket closed because its client took too long to read what it was sent. */
    public void closedTooSlow() {
        tooSlow.increment();
    }
}
