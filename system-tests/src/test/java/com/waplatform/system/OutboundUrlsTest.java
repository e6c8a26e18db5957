package com.waplatform.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * URLs a user gives that the platform or a provider will fetch point to public addresses only: a media link that
 * Evolution would download from inside the platform's network, an automation webhook URL. (The local stack allows
 * this machine, loopback, for an n8n on the developer's laptop; nothing else internal.)
 */
class OutboundUrlsTest {

    private static final List<String> INTERNAL = List.of("http://169.254.169.254/latest/meta-data/",
            "http://[::ffff:169.254.169.254]/", "http://10.0.0.5/a.png", "http://192.168.1.1/a.png",
            "http://100.64.0.1/a.png", "http://[fd00::1]/a.png", "http://0x7f000001/a.png", "http://0177.0.0.1/a.png",
            "http://metadata.google.internal./computeMetadata/v1/", "http://redis:6379/");

    @Test
    void mediaLinksToInternalAddressesAreRefusedNamingTheField() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        number.customerWrites("+" + customer, "Link customer", "send me the brochure");
        String path = "/api/conversations/" + Conversations.of("acme-agent", number.connectionId(), customer)
                + "/messages";
        for (String link : INTERNAL) {
            Stack.as("acme-agent").body("{\"type\":\"image\",\"media\":{\"link\":\"" + link + "\"}}").post(path)
                    .then().statusCode(422).body("detail", startsWith("'media.link' "));
        }
        Stack.as("acme-agent").body("{\"type\":\"image\",\"media\":{\"link\":\"https://cdn.example.com/a.png\"}}")
                .post(path).then().statusCode(202);
    }

    @Test
    void automationWebhookUrlsToInternalAddressesAreRefused() {
        for (String url : INTERNAL) {
            Stack.as("globex-admin").body("{\"automationWebhookUrl\":\"" + url + "\"}").patch("/api/tenant")
                    .then().statusCode(422).body("detail", containsString("automationWebhookUrl"));
        }
    }
}
