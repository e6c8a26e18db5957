package com.waplatform.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One tenant of a fault test's stream: its admin and agent (demo password), one subscribed Cloud API number, its
 * customers and, once they wrote, their conversations. acme and globex, plus tenants created for the run.
 */
final class LoadTenant {

    final String admin;
    final String agent;
    final CloudApiNumber number;
    final List<String> customers = new ArrayList<>();
    final Map<String, String> conversations = new ConcurrentHashMap<>();
    private final String createdId;
    private final String createdSlug;

    private LoadTenant(String slug, String createdId, int customerCount) {
        this.admin = slug + "-admin";
        this.agent = slug + "-agent";
        this.createdId = createdId;
        this.createdSlug = createdId == null ? null : slug;
        this.number = CloudApiNumber.connect(admin, true);
        for (int c = 0; c < customerCount; c++) {
            customers.add(Conversations.randomCustomer());
        }
    }

    /** acme, globex and {@code count - 2} new tenants (with an admin and an agent each). */
    static List<LoadTenant> prepare(int count, int customersEach) {
        List<LoadTenant> tenants = new ArrayList<>();
        tenants.add(new LoadTenant("acme", null, customersEach));
        tenants.add(new LoadTenant("globex", null, customersEach));
        for (int t = 2; t < count; t++) {
            String slug = "fault-" + UUID.randomUUID().toString().substring(0, 8);
            String id = Stack.as("platform").body("{\"slug\":\"" + slug + "\",\"name\":\"Fault " + t + "\"}")
                    .post("/api/admin/tenants").then().statusCode(201).extract().path("id");
            Stack.as("platform").body(person(slug + "-admin", "tenant-admin"))
                    .post("/api/admin/tenants/" + id + "/admins").then().statusCode(201);
            Stack.as(slug + "-admin").body(person(slug + "-agent", "agent")).post("/api/tenant/agents")
                    .then().statusCode(201);
            tenants.add(new LoadTenant(slug, id, customersEach));
        }
        return tenants;
    }

    /** Waits for every customer's conversation (they must have written first). */
    void findConversations() {
        for (String customer : customers) {
            conversations.put(customer, Conversations.of(agent, number.connectionId(), customer));
        }
    }

    /** Deletes and purges the tenants created for the run. */
    static void purge(List<LoadTenant> tenants) {
        for (LoadTenant tenant : tenants) {
            if (tenant.createdId != null) {
                Stack.as("platform").delete("/api/admin/tenants/" + tenant.createdId).then().statusCode(204);
                Stack.as("platform").body("{\"confirmSlug\":\"" + tenant.createdSlug + "\"}")
                        .post("/api/admin/tenants/" + tenant.createdId + "/purge").then().statusCode(200);
            }
        }
    }

    private static String person(String username, String role) {
        return """
                {"username":"%s","email":"%s@fault.example","firstName":"Fault","lastName":"Tester","role":"%s",
                 "password":"%s","temporaryPassword":false}""".formatted(username, username, role, Stack.PASSWORD);
    }
}
