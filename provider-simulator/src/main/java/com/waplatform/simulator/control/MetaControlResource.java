package com.waplatform.simulator.control;

import com.waplatform.simulator.meta.MessageIds;
import com.waplatform.simulator.meta.MetaAccounts;
import com.waplatform.simulator.meta.MetaNumber;
import com.waplatform.simulator.meta.MetaWebhookPayloads;
import com.waplatform.simulator.meta.MetaWebhooks;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The simulator's control API (tests, demos, benchmarks): stands for what a person does in Meta's dashboards and
 * on their phone — register a number, subscribe a webhook URL, have a customer write, look at what was sent.
 */
@Path("/control/meta/numbers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MetaControlResource {

    public record RegisterNumber(String phoneNumberId, String businessAccountId, String displayPhoneNumber,
            String verifiedName, String accessToken, String appSecret) {
    }

    public record Subscribe(String url, String verifyToken) {
    }

    public record InboundText(String from, String name, String text) {
    }

    private final MetaAccounts accounts;
    private final MetaWebhooks webhooks;
    private final MessageIds ids;
    private final WebClient client;

    public MetaControlResource(MetaAccounts accounts, MetaWebhooks webhooks, MessageIds ids, Vertx vertx) {
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.ids = ids;
        this.client = WebClient.create(vertx);
    }

    @POST
    public Map<String, Object> register(RegisterNumber request) {
        if (request == null || blank(request.phoneNumberId()) || blank(request.accessToken())
                || blank(request.appSecret())) {
            throw new BadRequestException("phoneNumberId, accessToken and appSecret are required");
        }
        MetaNumber number = accounts.register(new MetaNumber(request.phoneNumberId(),
                blank(request.businessAccountId()) ? "1" + request.phoneNumberId() : request.businessAccountId(),
                blank(request.displayPhoneNumber()) ? "15550000000" : request.displayPhoneNumber(),
                blank(request.verifiedName()) ? "Test Business" : request.verifiedName(),
                request.accessToken(), request.appSecret()));
        return Map.of("phoneNumberId", number.phoneNumberId, "businessAccountId", number.businessAccountId);
    }

    /** Like saving the callback URL in the Meta app dashboard: Meta first checks the URL with the GET handshake. */
    @PUT
    @Path("{id}/webhook")
    public Uni<Map<String, Object>> subscribe(@PathParam("id") String id, Subscribe request) {
        MetaNumber number = number(id);
        if (request == null || blank(request.url()) || blank(request.verifyToken())) {
            throw new BadRequestException("url and verifyToken are required");
        }
        String challenge = UUID.randomUUID().toString();
        return client.getAbs(request.url())
                .addQueryParam("hub.mode", "subscribe")
                .addQueryParam("hub.verify_token", request.verifyToken())
                .addQueryParam("hub.challenge", challenge)
                .send()
                .map(response -> {
                    boolean verified = response.statusCode() == 200 && challenge.equals(response.bodyAsString());
                    if (verified) {
                        number.webhookUrl = request.url();
                    }
                    return Map.<String, Object>of("verified", verified, "status", response.statusCode());
                });
    }

    /** A customer writes to the number: Meta posts the signed webhook. Answers the first delivery's status. */
    @POST
    @Path("{id}/inbound")
    public Uni<Map<String, Object>> inbound(@PathParam("id") String id, InboundText request) {
        MetaNumber number = number(id);
        if (request == null || blank(request.from()) || blank(request.text())) {
            throw new BadRequestException("from and text are required");
        }
        String from = request.from().replaceAll("\\D", "");
        String messageId = ids.next(from);
        var body = MetaWebhookPayloads.inboundText(number, from, blank(request.name()) ? from : request.name(),
                messageId, System.currentTimeMillis() / 1000, request.text());
        return webhooks.deliver(number, body)
                .map(status -> Map.<String, Object>of("messageId", messageId, "webhookStatus", status));
    }

    @GET
    @Path("{id}/sent")
    public List<MetaNumber.SentMessage> sent(@PathParam("id") String id) {
        return number(id).sent;
    }

    private MetaNumber number(String id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("unknown phone number id " + id));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
