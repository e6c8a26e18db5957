package com.waplatform.web.resilience;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.Set;

/**
 * Whether a failure comes from a dependency that is unavailable for now (PostgreSQL stopped, restarting, not
 * accepting connections, or a connection cut; Keycloak or another service refusing connections), so that the same
 * work may succeed later: consumers retry it, the REST API answers 503 with {@code Retry-After}. Everything else
 * (a bad record, a constraint, a bug) is not transient.
 */
public final class TransientFailures {

    /**
     * SQLSTATEs of a database that cannot serve now: connection exceptions (08…), too many connections, the
     * server shutting down or starting ({@code 57P01}-{@code 57P03}), a serialization failure or a deadlock.
     */
    private static final Set<String> STATES = Set.of("53300", "57P01", "57P02", "57P03", "40001", "40P01");

    private static final int MAX_DEPTH = 16;

    /** What the SQL client says of a pooled connection it is closing (at shutdown) when work is given to it. */
    private static final String CONNECTION_CLOSING = "Connection is not active now";

    private TransientFailures() {
    }

    /** Looks at the failure and its causes (Hibernate, Mutiny and REST clients wrap the original one). */
    public static boolean is(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException || poolClosed(t)
                    || connectionCut(t)) {
                return true;
            }
            if (t instanceof PgException pg) {
                return unavailable(pg);
            }
        }
        return false;
    }

    /**
     * The connection was cut under a running exchange ("Connection reset" when the server terminated it, with the
     * JDK's sockets or Netty's native ones): a new connection may succeed. Other I/O failures (a JSON parse error is
     * one) are not taken for it.
     */
    private static boolean connectionCut(Throwable t) {
        return t instanceof SocketException || "NativeIoException".equals(t.getClass().getSimpleName());
    }

    /**
     * The service is stopping (SIGTERM) and has closed its database pool, or is closing the connection a transaction
     * runs on, while a consumer still works on a record:
     * the record must not be dead-lettered; left unacknowledged, it is processed again by the next instance.
     */
    private static boolean poolClosed(Throwable t) {
        return t instanceof NoStackTraceThrowable && "Pool closed".equals(t.getMessage())
                || t.getMessage() != null && t.getMessage().startsWith(CONNECTION_CLOSING);
    }

    /**
     * A FATAL (or PANIC) error always ends the connection: the server refused it ({@code database is not currently
     * accepting connections}, {@code the database system is starting up}) or terminated it.
     */
    private static boolean unavailable(PgException pg) {
        String state = pg.getSqlState() == null ? "" : pg.getSqlState();
        return state.startsWith("08") || STATES.contains(state) || "FATAL".equals(pg.getSeverity())
                || "PANIC".equals(pg.getSeverity());
    }
}
