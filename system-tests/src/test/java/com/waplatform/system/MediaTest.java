package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Customers' media: the file is fetched from the provider in the background (Meta: media id → short-lived URL →
 * bytes with the number's token; Evolution: the decrypted file as base64), kept per tenant, and served to that
 * tenant's agents only. Transient provider errors are retried; a refusal or an oversized file fails with a reason.
 */
class MediaTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aCloudApiImageIsFetchedAndServedToTheTenantsAgentsOnly() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        byte[] photo = randomBytes(70_000);
        String mediaId = addMedia(number, "image/jpeg", photo);
        // Meta is busy twice: the worker tries again with backoff, the third attempt succeeds
        Stack.simulator().body("{\"mode\":\"5xx\",\"count\":2}").put("/control/faults/meta/" + mediaId).then()
                .statusCode(200);
        String customer = Conversations.randomCustomer();
        customerSends(number, customer, "image", Map.of("id", mediaId, "mime_type", "image/jpeg",
                "caption", "the broken part"));
        String conversation = Conversations.of("acme-agent", number.connectionId(), customer);
        String message = awaitMedia(conversation, "STORED");
        Stack.simulator().get("/control/faults").then().body("'meta:" + mediaId + "'", org.hamcrest.Matchers
                .nullValue());

        String path = "/api/conversations/" + conversation + "/messages/" + message + "/media";
        byte[] served = Stack.as("acme-agent").get(path).then().statusCode(200)
                .header("Content-Type", "image/jpeg").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("inline")).extract().asByteArray();
        assertArrayEquals(photo, served);
        Stack.as("acme-admin").get(path).then().statusCode(200);
        Stack.as("globex-agent").get(path).then().statusCode(404);
        Stack.as("globex-admin").get(path).then().statusCode(404);
        Stack.anonymous().get(path).then().statusCode(401);
        String otherConversation = "/api/conversations/" + UUID.randomUUID() + "/messages/" + message + "/media";
        Stack.as("acme-agent").get(otherConversation).then().statusCode(404);
        Stack.as("acme-agent").get("/api/conversations/" + conversation + "/messages/not-a-uuid/media").then()
                .statusCode(404);
    }

    @Test
    void anEvolutionDocumentIsFetchedAsTheFileTheCustomerSent() {
        EvolutionNumber number = EvolutionNumber.create("acme-admin");
        number.scan("5511" + (100_000_000 + (int) (Math.random() * 800_000_000)));
        byte[] pdf = randomBytes(40_000);
        String customer = Conversations.randomCustomer();
        Stack.simulator().body(Map.of("from", customer, "name", "Evo Customer", "message", Map.of(
                        "documentMessage", Map.of("mimetype", "application/pdf", "fileName", "invoice 7.pdf",
                                "base64", Base64.getEncoder().encodeToString(pdf)))))
                .post("/control/evolution/instances/" + number.instanceName() + "/inbound")
                .then().statusCode(200).body("webhookStatus", equalTo(200));
        String conversation = Conversations.of("acme-agent", number.connectionId(), customer);
        String message = awaitMedia(conversation, "STORED");

        byte[] served = Stack.as("acme-agent").get("/api/conversations/" + conversation + "/messages/" + message
                        + "/media").then().statusCode(200).header("Content-Type", "application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''invoice%207.pdf"))
                .extract().asByteArray();
        assertArrayEquals(pdf, served);
        Stack.as("globex-agent").get("/api/conversations/" + conversation + "/messages/" + message + "/media")
                .then().statusCode(404);
    }

    @Test
    void unknownAndOversizedMediaFailWithAReason() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        customerSends(number, customer, "document", Map.of("id", "987654321012345", "mime_type",
                "application/pdf"));
        String conversation = Conversations.of("acme-agent", number.connectionId(), customer);
        String gone = awaitMedia(conversation, "FAILED");
        Stack.as("acme-agent").get("/api/conversations/" + conversation + "/messages/" + gone + "/media").then()
                .statusCode(404).body("detail", containsString("could not be fetched"));

        String big = Stack.simulator().body(Map.of("mimeType", "video/mp4", "sizeBytes", 17_000_000))
                .post("/control/meta/numbers/" + number.phoneNumberId() + "/media").then().statusCode(200)
                .extract().path("id");
        String other = Conversations.randomCustomer();
        customerSends(number, other, "video", Map.of("id", big, "mime_type", "video/mp4"));
        String second = Conversations.of("acme-agent", number.connectionId(), other);
        String tooLarge = awaitMedia(second, "FAILED");
        Stack.as("acme-agent").get("/api/conversations/" + second + "/messages/" + tooLarge + "/media").then()
                .statusCode(404).body("detail", containsString("at most 16777216 bytes"));
    }

    @Test
    void anAgentSendsFilesThatReachTheCustomerThroughEitherProvider() throws Exception {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        number.customerWrites("+" + customer, "Upload Customer", "send me the photo");
        String conversation = Conversations.of("acme-agent", number.connectionId(), customer);
        String upload = "/api/conversations/" + conversation + "/messages/media";
        byte[] photo = randomBytes(50_000);

        String message = Stack.as("acme-agent").contentType("multipart/form-data")
                .multiPart("file", "photo.jpg", photo, "image/jpeg").multiPart("caption", "here it is")
                .post(upload).then().statusCode(202).body("type", equalTo("image"))
                .body("mediaStatus", equalTo("STORED")).body("text", equalTo("here it is")).extract().path("id");
        Conversations.awaitStatus("acme-agent", conversation, message, "READ");
        String sentMediaId = Stack.simulator().get("/control/meta/numbers/" + number.phoneNumberId() + "/sent")
                .then().extract().path("find { it.type == 'image' }.body.id");
        assertArrayEquals(photo, Stack.simulator().get("/control/meta/numbers/media/" + sentMediaId).then().statusCode(200)
                .extract().asByteArray(), "Meta received the file the agent uploaded");
        assertArrayEquals(photo, Stack.as("acme-agent").get("/api/conversations/" + conversation + "/messages/"
                + message + "/media").then().statusCode(200).extract().asByteArray());

        Stack.as("acme-agent").contentType("multipart/form-data").multiPart("caption", "no file").post(upload)
                .then().statusCode(400).body("detail", containsString("file"));
        Stack.as("acme-agent").contentType("multipart/form-data")
                .multiPart("file", "empty.pdf", new byte[0], "application/pdf").post(upload).then().statusCode(422);
        Stack.as("acme-agent").contentType("multipart/form-data")
                .multiPart("file", "notes.txt", "hello".getBytes(), "text/plain").multiPart("type", "image")
                .post(upload).then().statusCode(422).body("detail", containsString("send it as a document"));
        Stack.as("acme-agent").contentType("multipart/form-data")
                .multiPart("file", "big.mp4", new byte[17_000_000], "video/mp4").post(upload).then()
                .statusCode(413).body("detail", containsString("16777216"));
        Stack.as("globex-agent").contentType("multipart/form-data")
                .multiPart("file", "photo.jpg", photo, "image/jpeg").post(upload).then().statusCode(404);

        EvolutionNumber evolution = EvolutionNumber.create("acme-admin");
        evolution.scan("5511" + (100_000_000 + (int) (Math.random() * 800_000_000)));
        String other = Conversations.randomCustomer();
        evolution.writes(other, "Evo Upload", "the invoice please", false);
        String second = Conversations.of("acme-agent", evolution.connectionId(), other);
        byte[] pdf = randomBytes(30_000);
        String sent = Stack.as("acme-agent").contentType("multipart/form-data")
                .multiPart("file", "invoice.pdf", pdf, "application/pdf")
                .post("/api/conversations/" + second + "/messages/media").then().statusCode(202)
                .body("type", equalTo("document")).extract().path("id");
        Conversations.awaitStatus("acme-agent", second, sent, "READ");
        String sha = Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(pdf));
        Stack.simulator().get("/control/evolution/instances/" + evolution.instanceName() + "/sent").then()
                .body("find { it.type == 'documentMessage' }.body.documentMessage.fileSha256", equalTo(sha))
                .body("find { it.type == 'documentMessage' }.body.documentMessage.fileName",
                        equalTo("invoice.pdf"));
    }

    private static String addMedia(CloudApiNumber number, String mimeType, byte[] bytes) {
        return Stack.simulator().body(Map.of("mimeType", mimeType, "base64", Base64.getEncoder().encodeToString(
                        bytes)))
                .post("/control/meta/numbers/" + number.phoneNumberId() + "/media").then().statusCode(200)
                .extract().path("id");
    }

    private static void customerSends(CloudApiNumber number, String customer, String type,
            Map<String, Object> content) {
        Stack.simulator().body(Map.of("from", "+" + customer, "name", "Media Customer", "type", type,
                        "content", content))
                .post("/control/meta/numbers/" + number.phoneNumberId() + "/inbound")
                .then().statusCode(200).body("webhookStatus", equalTo(200));
    }

    /** Waits until the conversation's (only) message shows the media status; returns the message id. */
    private static String awaitMedia(String conversation, String status) {
        String messages = "/api/conversations/" + conversation + "/messages";
        await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-agent").get(messages).then().statusCode(200)
                .body("[0].mediaStatus", equalTo(status)));
        return Stack.as("acme-agent").get(messages).then().extract().path("[0].id");
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random().nextBytes(bytes);
        return bytes;
    }
}
