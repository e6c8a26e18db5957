package com.waplatform.bench.realtime;

import io.vertx.core.http.ClientWebSocket;

/**
 * One client socket and what it got, read cheaply from each frame's start: the hello (resumed, resync,
 * position), {@code caught-up}, and for event frames the position and the benchmark mark
 * {@code "bench":"<seq>/<tenantSeq>/<sentAtMicros>"} (arrival recorded in {@link Deliveries}; the tenant sequence
 * numbers are checked to come once and in order). Its fields are written by its event loop only.
 */
final class ClientSocket {

    static final String MARK = "\"bench\":\"";
    private static final String POSITION_FIRST = "{\"position\":\"";

    final String tenantId;
    final String userId;
    /** The position this socket resumes from, or null for a fresh one. */
    final String resumeFrom;
    private final Deliveries deliveries;

    volatile ClientWebSocket socket;
    /** Epoch micros when ready (hello, or open for the baseline); 0 until then. */
    volatile long readyAt;
    volatile long caughtUpAt;
    volatile boolean resumed;
    volatile boolean resync;
    volatile String position;
    volatile boolean closed;
    volatile int closeCode = -1;
    volatile boolean failed;
    /** Whether the upgrade succeeded. */
    volatile boolean connected;
    /** Frames of any kind received, and the start of the first one. */
    volatile int frames;
    volatile String firstFrame;
    volatile int events;
    volatile int firstSeq = -1;
    volatile int lastSeq = -1;
    /** Tenant sequence numbers that did not follow the previous one (a gap, a repeat or a reordering). */
    volatile int outOfOrder;
    /** Called once when the socket is ready, failed or closed before being ready. */
    Runnable settled = () -> { };

    ClientSocket(String tenantId, String userId, String resumeFrom, Deliveries deliveries) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.resumeFrom = resumeFrom;
        this.deliveries = deliveries;
    }

    /** The same client coming back with the last position it got. */
    ClientSocket resuming(Deliveries to) {
        return new ClientSocket(tenantId, userId, position, to);
    }

    /** Listens to the socket, before it connects: no frame can come before its handler. */
    void attach(ClientWebSocket ws) {
        socket = ws;
        ws.textMessageHandler(this::frame);
        ws.exceptionHandler(e -> { });
        ws.closeHandler(v -> {
            Short code = ws.closeStatusCode();
            closeCode = code == null ? 0 : code;
            closed = true;
            settled.run();
        });
    }

    /** The upgrade succeeded; the socket is ready now unless it waits for its hello. */
    void opened(boolean waitForHello) {
        connected = true;
        if (!waitForHello) {
            readyAt = Micros.now();
            settled.run();
        }
    }

    void failed() {
        failed = true;
        settled.run();
    }

    private void frame(String f) {
        long now = Micros.now();
        if (frames++ == 0) {
            firstFrame = f.substring(0, Math.min(120, f.length()));
        }
        if (f.startsWith(POSITION_FIRST)) {
            position = f.substring(POSITION_FIRST.length(), f.indexOf('"', POSITION_FIRST.length()));
            event(f, now);
        } else if (f.startsWith("{\"type\":\"hello\"")) {
            resumed = f.contains("\"resumed\":true");
            resync = f.contains("\"resync\":true");
            position = field(f, "\"position\":\"");
            readyAt = now;
            settled.run();
        } else if (f.startsWith("{\"type\":\"caught-up\"")) {
            position = field(f, "\"position\":\"");
            caughtUpAt = now;
        } else if (f.contains(MARK)) {
            event(f, now); // the baseline sends the record as it is
        }
    }

    private void event(String f, long now) {
        int at = f.indexOf(MARK);
        if (at < 0) {
            return;
        }
        at += MARK.length();
        int slash = f.indexOf('/', at);
        int seq = Integer.parseInt(f, at, slash, 10);
        int tenantSeq = Integer.parseInt(f, slash + 1, f.indexOf('/', slash + 1), 10);
        if (deliveries != null) {
            deliveries.arrived(seq, now);
        }
        if (firstSeq < 0) {
            firstSeq = tenantSeq;
        } else if (tenantSeq != lastSeq + 1) {
            outOfOrder++;
        }
        lastSeq = tenantSeq;
        events++;
    }

    private static String field(String f, String name) {
        int at = f.indexOf(name);
        return at < 0 ? null : f.substring(at + name.length(), f.indexOf('"', at + name.length()));
    }
}
