package com.waplatform.realtime.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.realtime.resume.EventLog;
import com.waplatform.realtime.resume.EventStream;
import com.waplatform.realtime.resume.LoggedEvent;
import com.waplatform.realtime.resume.Position;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Iterator;
import org.jboss.logging.Logger;

/**
 * What one socket has been given. Until its start is known (its history being read) live events are held; then
 * come the hello frame, the replayed history, a {@code caught-up} frame, the held events and the live ones — each
 * event once, in its partition's order: an event at or before the socket's position is never sent again. Every
 * event frame carries the position after it, which the client sends back when it reconnects.
 */
public final class SocketCursor {

    private static final Logger LOG = Logger.getLogger(SocketCursor.class);

    /** Close code when the socket fell too far behind (starting, or a slow client): it reconnects and resumes. */
    static final int TRY_AGAIN_LATER = 1013;
    static final String TOO_SLOW = "Too many events waiting for this connection; reconnect to resume";
    private static final int EPHEMERAL_HELD = 20;

    private final LiveSocket socket;
    private final int bufferLimit;
    private final int maxUnsent;
    private final Duration stallLimit;
    private final SocketMetrics metrics;
    /** Frames handed to the socket and not yet written to it. */
    private final AtomicInteger unsent = new AtomicInteger();
    private volatile boolean tooSlow;
    /** The history being sent (null when none is), and whether a thread is sending it. */
    private volatile Replay replay;
    private final AtomicBoolean pumping = new AtomicBoolean();
    /** Null until started; an epoch of null when the history could not be read (no position is then given). */
    private Position position;
    private List<LoggedEvent> held = new ArrayList<>();
    /** Ephemeral frames (presence, activity) that came before the start, sent after it; the latest few only. */
    private List<String> heldEphemeral;
    private String lastPresence;
    /** Whether the socket narrowed to summaries of all but its open conversation (see {@link #narrow}). */
    private volatile boolean summaries;
    private volatile String openConversation;
    /** When the client last showed it is there (a pong, a frame), epoch millis. */
    private volatile long lastHeard = System.currentTimeMillis();

    /**
     * What one socket may have waiting: live events held while its history is read, frames not yet written; and how
     * long its replay may stall.
     */
    public record Limits(int bufferLimit, int maxUnsent, Duration stallLimit) {
    }

    SocketCursor(LiveSocket socket, Limits limits, SocketMetrics metrics) {
        this.metrics = metrics;
        this.maxUnsent = limits.maxUnsent();
        this.socket = socket;
        this.bufferLimit = limits.bufferLimit();
        this.stallLimit = limits.stallLimit();
    }

    /** A live event of the socket's tenant. */
    public synchronized void live(LoggedEvent event) {
        if (!event.audience().includes(socket.admin())) {
            return;
        }
        if (position != null) {
            deliver(event);
        } else if (held != null && held.size() < bufferLimit) {
            held.add(event);
        } else if (held != null) {
            held = null;
            socket.close(TRY_AGAIN_LATER, "Too many events while connecting; reconnect to resume");
        }
    }

    /** The client answered a ping or said something. */
    public void heard() {
        lastHeard = System.currentTimeMillis();
    }

    public long lastHeard() {
        return lastHeard;
    }

    /** Who of the tenant is online: sent unless the socket has that very list already. */
    public synchronized void presence(String frame) {
        if (!frame.equals(lastPresence)) {
            lastPresence = frame;
            ephemeral(frame);
        }
    }

    /** A frame that is not part of the history (presence, an agent's activity): sent once the socket has started. */
    public synchronized void ephemeral(String frame) {
        if (position != null) {
            send(frame);
        } else if (held != null) {
            if (heldEphemeral == null) {
                heldEphemeral = new ArrayList<>(2);
            } else if (heldEphemeral.size() >= EPHEMERAL_HELD) {
                heldEphemeral.remove(0);
            }
            heldEphemeral.add(frame);
        }
    }

    /**
     * The socket's start is known: the hello, the history (sent as the socket takes it, see {@link #pump}: live
     * events of every socket keep flowing meanwhile, they are held for this one), then what was held.
     */
    public void started(EventLog.Start start) {
        if (start.kind() != EventLog.Kind.RESUMED) {
            startFresh(start);
            return;
        }
        synchronized (this) {
            if (held == null) {
                return; // closed for falling behind meanwhile
            }
            send(hello(start).toString());
            sendHeldEphemeral();
            replay = new Replay(start.replay().iterator(), start.from(), start.now());
        }
        pump();
    }

    /** A replay under way: what is left of the history, where the socket is in it, where the tenant was. */
    private static final class Replay {
        final Iterator<LoggedEvent> events;
        final Position now;
        Position at;
        /** Frames sent so far; a watch that finds no more than last time closes the stalled socket. */
        volatile long sent;
        volatile boolean watched;

        Replay(Iterator<LoggedEvent> events, Position from, Position now) {
            this.events = events;
            this.at = from;
            this.now = now;
        }
    }

    /**
     * Sends the replay on while fewer than half the allowed frames wait to be written; each written frame calls it
     * again, so a replay goes at the client's pace without holding a thread. At its end: {@code caught-up}, then the
     * held events. One caller at a time; one that finds it busy leaves it to the one pumping, which looks again.
     */
    private void pump() {
        while (true) {
            Replay current = replay;
            if (current == null || !pumping.compareAndSet(false, true)) {
                return;
            }
            boolean more;
            try {
                more = replayed(current);
            } finally {
                pumping.set(false);
            }
            if (!more || unsent.get() >= maxUnsent / 2) {
                return; // done, or the frames written from now on call it again
            }
        }
    }

    /** Sends what it may of the replay; whether some is left (and the socket is still there to get it). */
    private boolean replayed(Replay current) {
        while (unsent.get() < maxUnsent / 2 && current.events.hasNext()) {
            LoggedEvent event = current.events.next();
            if (event.audience().includes(socket.admin()) && event.offset() > current.at.of(event.stream())) {
                current.at = current.at.at(event.stream(), event.offset());
                String frame = frameOf(event);
                if (frame != null) {
                    send(event.framed(frame, current.at));
                    current.sent++;
                }
            }
        }
        if (tooSlow || !socket.isOpen()) {
            replay = null;
            return false;
        }
        if (current.events.hasNext()) {
            watch(current, current.sent);
            return true;
        }
        replay = null;
        caughtUp(current);
        return false;
    }

    /** A client that takes nothing of its replay for the stall limit is closed (it resumes when it can). */
    private void watch(Replay current, long sentBefore) {
        if (current.watched) {
            return;
        }
        current.watched = true;
        CompletableFuture.delayedExecutor(stallLimit.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            current.watched = false;
            if (replay != current) {
                return;
            }
            if (current.sent == sentBefore) {
                replay = null;
                closeTooSlow();
            } else {
                watch(current, current.sent);
            }
        });
    }

    private synchronized void caughtUp(Replay done) {
        if (held == null) {
            return;
        }
        Position at = done.at;
        position = new Position(at.epoch(), Math.max(at.conversation(), done.now.conversation()),
                Math.max(at.session(), done.now.session()));
        send("{\"type\":\"caught-up\",\"position\":\"" + position + "\"}");
        flushHeld();
    }

    /**
     * A fresh start (or a resync): the hello with where the tenant is now, then the held events. Those arrived after
     * the socket was registered, so they are newer than what the client loaded: the position is moved back before
     * the first of them in each stream, and they are all given.
     */
    private synchronized void startFresh(EventLog.Start start) {
        if (held == null) {
            return;
        }
        Position at = start.now();
        for (EventStream stream : EventStream.values()) {
            for (LoggedEvent event : held) {
                if (event.stream() == stream) {
                    at = at.at(stream, Math.min(at.of(stream), event.offset() - 1));
                    break;
                }
            }
        }
        position = at;
        send(hello(start).put("position", position.toString()).toString());
        sendHeldEphemeral();
        flushHeld();
    }

    private ObjectNode hello(EventLog.Start start) {
        ObjectNode hello = JsonNodeFactory.instance.objectNode().put("type", "hello")
                .put("tenantId", socket.tenantId())
                .put("resumed", start.kind() == EventLog.Kind.RESUMED);
        if (start.kind() == EventLog.Kind.RESYNC) {
            hello.put("resync", true); // the position given cannot be replayed: reload through REST
        }
        return hello;
    }

    private void flushHeld() {
        List<LoggedEvent> waiting = held;
        held = null;
        waiting.forEach(this::deliver);
        sendHeldEphemeral();
    }

    /** The ephemeral frames that came before the start (the narrowing asked when connecting, presence). */
    private synchronized void sendHeldEphemeral() {
        if (heldEphemeral != null) {
            heldEphemeral.forEach(this::send);
            heldEphemeral = null;
        }
    }

    /** Whether the socket is still open (a start not yet read for a closed one is skipped). */
    public boolean open() {
        return socket.isOpen();
    }

    /** The history could not be read (Kafka away): live events from now on, without positions. */
    public synchronized void startedWithoutHistory() {
        if (held == null) {
            return;
        }
        position = new Position(null, -1, -1);
        send("{\"type\":\"hello\",\"tenantId\":\"" + socket.tenantId() + "\",\"resumed\":false,\"resync\":true}");
        sendHeldEphemeral();
        flushHeld();
    }

    private void deliver(LoggedEvent event) {
        if (event.offset() <= position.of(event.stream())) {
            return; // given already (replayed, or before the start)
        }
        position = position.at(event.stream(), event.offset());
        String frame = frameOf(event);
        if (frame != null) { // else skipped: the next frame's position covers it
            send(position.epoch() == null ? frame : event.framed(frame, position));
        }
    }

    /**
     * Narrows what the socket gets: {@code summaries} — the full events of its open conversation ({@code open}, may
     * be null) and only summaries of the others; else everything.
     */
    public void narrow(boolean summaries, String open) {
        this.openConversation = open;
        this.summaries = summaries;
    }

    /** What the socket gets of the event: all of it, its summary, or nothing (null). */
    private String frameOf(LoggedEvent event) {
        String conversation = event.conversationId();
        return summaries && conversation != null && !conversation.equals(openConversation) ? event.summary()
                : event.json();
    }

    /** Nothing more for it: the client resumes from the last frame it did get. */
    private void closeTooSlow() {
        if (!tooSlow) {
            tooSlow = true;
            metrics.closedTooSlow();
            LOG.debugf("closing a socket of tenant %s: %d frames waiting", socket.tenantId(), maxUnsent);
            socket.close(TRY_AGAIN_LATER, TOO_SLOW);
        }
    }

    private void send(String frame) {
        if (tooSlow || !socket.isOpen()) {
            return;
        }
        if (unsent.incrementAndGet() > maxUnsent) {
            unsent.decrementAndGet();
            closeTooSlow();
            return;
        }
        socket.write(frame, written -> {
            unsent.decrementAndGet();
            if (written.failed()) {
                LOG.debugf("dropping a frame to a closing socket: %s", written.cause().getMessage());
            } else if (replay != null) {
                pump();
            }
        });
    }
}
