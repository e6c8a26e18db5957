package com.waplatform.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A conversation goes only to the caller or another enabled user of the same tenant; anything else is 422. */
class AssigneeTest {

    @Test
    void onlyAnEnabledUserOfTheSameTenantIsAnAssignee() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        number.customerWrites("+" + customer, "Assignee", "who answers me?");
        String path = "/api/conversations/" + Conversations.of("acme-agent", number.connectionId(), customer)
                + "/assign";
        String globexAgent = Stack.as("globex-agent").get("/api/tenant/agents/me").then().statusCode(200)
                .extract().path("id");
        String acmeAdmin = Stack.as("acme-admin").get("/api/tenant/agents/me").then().statusCode(200)
                .extract().path("id");

        for (String nobody : new String[] {globexAgent, "<img src=x onerror=alert(1)>", UUID.randomUUID().toString(),
                "../../roles/agent"}) {
            Stack.as("acme-agent").body("{\"assigneeId\":\"" + nobody.replace("\"", "\\\"") + "\"}").post(path)
                    .then().statusCode(422).body("detail", containsString("assigneeId"));
        }
        Stack.as("acme-agent").get(path.replace("/assign", "")).then().statusCode(200)
                .body("assigneeId", equalTo(null));

        Stack.as("acme-agent").body("{\"assigneeId\":\"" + acmeAdmin + "\"}").post(path).then().statusCode(200)
                .body("assigneeId", equalTo(acmeAdmin));
        String me = Stack.as("acme-agent").body("{\"assigneeId\":\"me\"}").post(path).then().statusCode(200)
                .extract().path("assigneeId");
        Stack.as("acme-agent").get("/api/tenant/agents/me").then().body("id", equalTo(me));

        // a colleague who was just disabled is no longer an assignee, even though they were one a moment ago
        String name = "assignee-" + UUID.randomUUID().toString().substring(0, 8);
        String colleague = Stack.as("acme-admin").body("""
                {"username":"%s","email":"%s@acme.example","firstName":"Col","lastName":"League","role":"agent",
                 "password":"Colleague-pass-1"}""".formatted(name, name)).post("/api/tenant/agents")
                .then().statusCode(201).extract().path("id");
        Stack.as("acme-agent").body("{\"assigneeId\":\"" + colleague + "\"}").post(path).then().statusCode(200)
                .body("assigneeId", equalTo(colleague));
        Stack.as("acme-admin").body("{\"enabled\":false}").patch("/api/tenant/agents/" + colleague).then()
                .statusCode(200);
        Stack.as("acme-agent").body("{\"assigneeId\":\"" + colleague + "\"}").post(path).then().statusCode(422);
    }
}
