package com.waplatform.message.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.message.domain.Message;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.message.service.InboundService;
import com.waplatform.message.service.MediaDownloads;
import com.waplatform.message.service.MediaStore;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What the plan's media storage shows: the bytes kept (internal usage), and why a file is missing (message view). */
@QuarkusTest
class MediaUsageResourceTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";

    @Inject
    InboundService inbound;

    @Inject
    MediaDownloads downloads;

    @Inject
    MediaStore store;

    @Inject
    MessageRepository messages;

    @Inject
    TenantScope scope;

    @Inject
    BackgroundWork background;

    @Inject
    OidcClient serviceAccount;

    @Test
    void theUsageEndpointReportsTheBytesOfStoredFilesBesideTheQuota() {
        String tenant = "t-" + UUID.randomUUID();
        finish(receivedImage(tenant), MessageMedia.Status.STORED, 321L, null);
        finish(receivedImage(tenant), MessageMedia.Status.FAILED, null, "HTTP 502: refused");
        String token = serviceAccount.getTokens().await().atMost(Duration.ofSeconds(10)).getAccessToken();

        given().auth().oauth2(token).get("/internal/tenants/" + tenant + "/usage")
                .then().statusCode(200).body("mediaBytes", equalTo(321))
                .body("mediaQuotaBytes", equalTo(5_368_709_120L));
    }

    @Test
    void theMessageViewSaysWhyAFileIsMissing() {
        MessageMedia media = receivedImage(ACME);
        String reason = "The plan's media storage is full: 5.0 GiB of 5.0 GiB used, and this file has 12 bytes";
        finish(media, MessageMedia.Status.FAILED, null, reason);
        Message message = onVertx(() -> Panache.withTransaction(() -> scope.enter(ACME)
                .chain(() -> messages.findOwned(ACME, media.messageId))));

        given().auth().oauth2(DemoTokens.of("acme-admin"))
                .get("/api/conversations/" + message.conversationId + "/messages")
                .then().statusCode(200).body("find { it.id == '" + media.messageId + "' }.mediaStatus",
                        equalTo("FAILED"))
                .body("find { it.id == '" + media.messageId + "' }.mediaError", equalTo(reason));
        given().auth().oauth2(DemoTokens.of("acme-admin"))
                .get("/api/conversations/" + message.conversationId + "/messages/" + media.messageId + "/media")
                .then().statusCode(404)
                .body("detail", equalTo("The media of this message could not be fetched or kept: " + reason));
    }

    private MessageMedia receivedImage(String tenant) {
        String wamid = "wamid.u-" + UUID.randomUUID();
        ObjectNode image = new ObjectMapper().createObjectNode().put("provider", "META")
                .put("providerMessageId", wamid).put("from", "5511999990401").put("profileName", "Customer")
                .put("timestamp", Instant.now().toString()).put("type", "image");
        image.putObject("content").put("id", "m-" + UUID.randomUUID()).put("mime_type", "image/png");
        onVertx(() -> inbound.receive(tenant, UUID.randomUUID(), image));
        Message message = onVertx(() -> Panache.withTransaction(() -> scope.enter(tenant)
                .chain(() -> messages.findByProviderId(tenant, wamid))));
        return onVertx(() -> downloads.find(tenant, message.id));
    }

    /** Ends the file's download as the fetcher does. */
    private void finish(MessageMedia m, MessageMedia.Status status, Long size, String error) {
        m.attempted(error);
        m.status = status;
        m.sizeBytes = size;
        if (status == MessageMedia.Status.STORED) {
            onVertx(() -> store.write(m.tenantId, m.messageId, new byte[size.intValue()]));
        }
        onVertx(() -> downloads.finish(m));
    }

    private <T> T onVertx(Supplier<Uni<T>> work) {
        return background.isolated(work).await().atMost(Duration.ofSeconds(10));
    }
}
