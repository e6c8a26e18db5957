package com.waplatform.web.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.web.ProblemMapper;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "unavailable for now" (retried by consumers, 503 on the API) and which do not. */
class TransientFailuresTest {

    @Test
    void aDatabaseThatIsDownRestartingOrCutIsTransient() {
        assertTrue(TransientFailures.is(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(TransientFailures.is(new RuntimeException(ClosedConnectionException.INSTANCE)));
        // a pooled connection the server terminated, found out when a transaction starts on it
        assertTrue(TransientFailures.is(new CompletionException(new java.net.SocketException("Connection reset"))));
        assertTrue(TransientFailures.is(pg("FATAL", "55000",
                "database \"wa_message\" is not currently accepting connections")));
        assertTrue(TransientFailures.is(pg("FATAL", "57P01", "terminating connection due to administrator command")));
        assertTrue(TransientFailures.is(pg("FATAL", "57P03", "the database system is starting up")));
        assertTrue(TransientFailures.is(pg("ERROR", "08006", "connection failure")));
        // the service is stopping: the record is left for the next instance, never dead-lettered
        assertTrue(TransientFailures.is(new CompletionException(new NoStackTraceThrowable("Pool closed"))));
        // a transaction running while the service stops: its connection is being closed
        assertTrue(TransientFailures.is(new CompletionException(
                new io.vertx.core.VertxException("Connection is not active now, current status: CLOSING", true))));
    }

    @Test
    void aBadRecordAConstraintOrABugIsNot() {
        assertFalse(TransientFailures.is(pg("ERROR", "23505", "duplicate key value violates unique constraint")));
        assertFalse(TransientFailures.is(pg("ERROR", "55000", "object not in prerequisite state")));
        assertFalse(TransientFailures.is(new IllegalArgumentException("Invalid UUID string: x")));
        assertFalse(TransientFailures.is(new NullPointerException()));
        assertFalse(TransientFailures.is(new com.fasterxml.jackson.core.JsonParseException(null, "Unexpected character")));
    }

    @Test
    void theApiAnswers503WithRetryAfterForAnUnavailableDatabaseAnd500Otherwise() {
        Response unavailable = new ProblemMapper().unexpected(
                new CompletionException(pg("FATAL", "57P01", "terminating connection")));
        assertEquals(503, unavailable.getStatus());
        assertEquals("5", String.valueOf(unavailable.getHeaders().getFirst("Retry-After")));
        assertEquals(500, new ProblemMapper().unexpected(new IllegalStateException("a bug")).getStatus());
    }

    private static PgException pg(String severity, String state, String message) {
        return new PgException(message, severity, state, null);
    }
}
