package com.waplatform.tenant.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan's seats hold when admins add (or enable) users at the same time. */
@QuarkusTest
class AgentSeatsTest {

    private static final int MAX_AGENTS = 10;
    private static final int PARALLEL = 14;

    private TestTenant tenant;

    @BeforeEach
    void aTenantWithTenSeatsAndItsAdmin() {
        tenant = TestTenant.create("seats", MAX_AGENTS);
    }

    @AfterEach
    void purgeTheTenantAndItsUsers() {
        tenant.purge();
    }

    @Test
    void fourteenParallelAdditionsOnTenSeatsFillExactlyTheFreeSeats() throws Exception {
        // the admin holds one seat: nine are free
        List<Integer> statuses = inParallel(PARALLEL, i -> add("p" + i).then().extract().statusCode());
        Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        System.out.println("seats: " + PARALLEL + " parallel additions on " + MAX_AGENTS + " seats -> " + counts);
        assertEquals(MAX_AGENTS - 1, counts.getOrDefault(201, 0L), "201s: " + counts);
        assertEquals(PARALLEL - MAX_AGENTS + 1, counts.getOrDefault(422, 0L), "422s: " + counts);
        List<Boolean> enabled = tenant.asAdmin().get("/api/tenant/agents").then().statusCode(200).extract()
                .jsonPath().getList("enabled", Boolean.class);
        assertEquals(MAX_AGENTS, enabled.stream().filter(Boolean.TRUE::equals).count());
    }

    @Test
    void reEnablingAUserWhenThePlanIsFullIsRefused() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < MAX_AGENTS; i++) {
            ids.add(add("s" + i).then().statusCode(201).extract().path("id"));
        }
        String first = ids.get(0);
        tenant.asAdmin().body("{\"enabled\":false}").patch("/api/tenant/agents/" + first).then().statusCode(200);
        add("late").then().statusCode(201);

        tenant.asAdmin().body("{\"enabled\":true}").patch("/api/tenant/agents/" + first).then().statusCode(422)
                .body("detail", containsString("allows " + MAX_AGENTS));
        tenant.asAdmin().get("/api/tenant/agents/" + first).then().statusCode(200).body("enabled", equalTo(false));

        // a freed seat can be taken again by enabling
        tenant.asAdmin().body("{\"enabled\":false}").patch("/api/tenant/agents/" + ids.get(1)).then().statusCode(200);
        tenant.asAdmin().body("{\"enabled\":true}").patch("/api/tenant/agents/" + first).then().statusCode(200);
    }

    private io.restassured.response.Response add(String name) {
        RequestSpecification request = tenant.asAdmin()
                .body(TestTenant.person(tenant.slug + "-" + name, "agent", "Agent-pass-1"));
        return request.post("/api/tenant/agents");
    }

    private static <T> List<T> inParallel(int n, IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
