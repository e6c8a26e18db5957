package com.waplatform.session.service;

import com.waplatform.session.domain.Connection;
import com.waplatform.session.provider.GraphApiClient;
import com.waplatform.session.provider.GraphApiException;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Connects a number through the Cloud API: the credentials are checked against the Graph API first (outside any
 * database transaction), and only valid ones are stored, encrypted.
 */
@ApplicationScoped
public class CloudApiOnboarding {

    private final GraphApiClient graphApi;
    private final ConnectionService connections;

    public CloudApiOnboarding(GraphApiClient graphApi, ConnectionService connections) {
        this.graphApi = graphApi;
        this.connections = connections;
    }

    public Uni<Connection> connect(Actor actor, String tenantId, String name, CloudApiCredentials credentials) {
        return graphApi.phoneNumber(credentials.phoneNumberId(), credentials.accessToken(), credentials.appSecret())
                .onFailure(GraphApiException.class).transform(e -> explain((GraphApiException) e))
                .flatMap(number -> connections.saveCloudApi(actor, tenantId, name, credentials, number));
    }

    private static ProblemException explain(GraphApiException e) {
        if (e.code() == GraphApiException.UNREACHABLE || e.httpStatus() >= 500) {
            return new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "Meta's Cloud API cannot be reached right now; try again in a moment");
        }
        if (e.invalidToken()) {
            return ProblemException.unprocessable("accessToken: Meta rejected the access token (invalid or expired)");
        }
        if (e.getMessage() != null && e.getMessage().contains("appsecret_proof")) {
            return ProblemException.unprocessable("appSecret: the app secret does not belong to this access token's app");
        }
        return ProblemException.unprocessable(
                "phoneNumberId: Meta does not know this phone number id for this access token");
    }
}
