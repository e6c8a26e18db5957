package com.waplatform.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Turns a tenant's bot on with an automation URL for a test, and back to what it was after. Services learn the
 * settings from tenant.events, so both ways wait until a new conversation shows the change.
 */
final class BotSettings implements AutoCloseable {

    /**
     * Settings travel through tenant-service's outbox and tenant.events: seconds, but in full runs on two loaded
     * CPUs a change has once in several runs taken over 60 s to show (cause not found yet; alone it takes seconds).
     */
    private static final Duration WAIT = Duration.ofSeconds(120);

    private final String admin;
    private final String previousUrl;
    private final boolean previousBot;

    private BotSettings(String admin, String previousUrl, boolean previousBot) {
        this.admin = admin;
        this.previousUrl = previousUrl;
        this.previousBot = previousBot;
    }

    static BotSettings enable(String admin, String url) {
        var current = Stack.as(admin).get("/api/tenant").then().statusCode(200).extract();
        String previousUrl = current.path("settings.automationWebhookUrl");
        Boolean previousBot = current.path("settings.botEnabled");
        set(admin, url, true);
        return new BotSettings(admin, previousUrl, Boolean.TRUE.equals(previousBot));
    }

    /** A new customer's conversation once the bot owns new ones: {customer, conversation id}. */
    String[] newBotConversation(CloudApiNumber number, String agent) {
        return newConversation(number, agent, "BOT");
    }

    @Override
    public void close() {
        set(admin, previousUrl == null ? "" : previousUrl, previousBot);
        if (!previousBot) {
            newConversation(CloudApiNumber.connect(admin), admin, "HUMAN");
        }
    }

    private static void set(String admin, String url, boolean bot) {
        Stack.as(admin).body(Stack.JSON.createObjectNode().put("automationWebhookUrl", url).put("botEnabled", bot)
                .toString()).patch("/api/tenant").then().statusCode(200);
    }

    private static String[] newConversation(CloudApiNumber number, String agent, String owner) {
        String[] found = new String[3];
        try {
            await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
                String customer = Conversations.randomCustomer();
                number.customerWrites("+" + customer, "Bot customer", "hello bot");
                String id = Conversations.of(agent, number.connectionId(), customer);
                found[0] = customer;
                found[1] = id;
                found[2] = Stack.as(agent).get("/api/conversations/" + id).then().extract().path("owner");
                return owner.equals(found[2]);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no new conversation owned by " + owner + " within " + WAIT.toSeconds()
                    + " s; the last one (" + found[1] + ") was owned by " + found[2], e);
        }
        return found;
    }
}
