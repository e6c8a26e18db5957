package com.waplatform.tenant.logging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

/**
 * Production's log lines (JSON, as configured for every service by web-support): a line logged while serving a
 * request names the service, the caller's tenant, the edge's request id and the request's trace and span.
 */
@QuarkusTest
@TestProfile(JsonLogLinesTest.ProductionLogs.class)
class JsonLogLinesTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    public static class ProductionLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true");
        }
    }

    @Test
    void aRequestsLogLineCarriesTheServiceTheTenantTheRequestIdAndTheTrace() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(getFormatter().format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setFormatter(consoleFormatter());
        Logger logger = Logger.getLogger(LogProbeResource.class.getName());
        logger.addHandler(capture);
        try {
            given().auth().oauth2(DemoTokens.of("acme-agent")).header("X-Request-Id", "req-json-log-test")
                    .header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                    .get("/test/log-probe").then().statusCode(204);
        } finally {
            logger.removeHandler(capture);
        }

        assertEquals(1, lines.size(), () -> "one line expected: " + lines);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertEquals(LogProbeResource.MESSAGE, line.path("message").asText(), line::toString);
        assertEquals("tenant-service", line.path("service").asText(), line::toString);
        assertEquals(ACME, line.path("mdc").path("tenantId").asText(), line::toString);
        assertEquals("req-json-log-test", line.path("mdc").path("requestId").asText(), line::toString);
        assertEquals(TRACE, line.path("mdc").path("traceId").asText(), line::toString);
        assertTrue(line.path("mdc").path("spanId").asText().matches("[0-9a-f]{16}"), line::toString);
    }

    /** The formatter of the console handler Quarkus configured (the root logger's handlers may be nested). */
    private static Formatter consoleFormatter() {
        Deque<Handler> handlers = new ArrayDeque<>(List.of(LogManager.getLogManager().getLogger("").getHandlers()));
        while (!handlers.isEmpty()) {
            Handler handler = handlers.pop();
            if (handler instanceof ConsoleHandler) {
                return handler.getFormatter();
            }
            if (handler instanceof ExtHandler nested) {
                handlers.addAll(List.of(nested.getHandlers()));
            }
        }
        throw new AssertionError("no console handler");
    }
}
