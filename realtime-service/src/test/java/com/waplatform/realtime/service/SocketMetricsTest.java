package com.waplatform.realtime.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.waplatform.realtime.testing.SocketTest;
import com.waplatform.realtime.testing.TestSocket;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus sees the open sockets, how sockets start and how many events were replayed. */
@QuarkusTest
class SocketMetricsTest extends SocketTest {

    @Test
    void opensStartsAndReplaysAreCounted() throws Exception {
        double resumed = metric("realtime_socket_starts_total{kind=\"resumed\"}");
        double fresh = metric("realtime_socket_starts_total{kind=\"fresh\"}");
        double replayed = metric("realtime_replayed_events_total");
        String acme = claim("acme-agent", "tenant_id");
        TestSocket first = open("acme-agent", "");
        first.settle();
        assertEquals(1, metric("realtime_sockets_open"), "one socket open");
        String position = first.position();
        first.close();
        publishMessages(acme, 3, "while away");
        TestSocket back = openAt("acme-agent", position);
        back.next(); // the hello
        back.events(3);
        assertEquals(fresh + 1, metric("realtime_socket_starts_total{kind=\"fresh\"}"));
        assertEquals(resumed + 1, metric("realtime_socket_starts_total{kind=\"resumed\"}"));
        assertEquals(replayed + 3, metric("realtime_replayed_events_total"));
    }

    private static double metric(String name) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
