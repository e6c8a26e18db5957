package com.waplatform.session.service;

import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
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
    private final ConnectionSecrets secrets;

    public CloudApiOnboarding(GraphApiClient graphApi, ConnectionService connections, ConnectionSecrets secrets) {
        this.graphApi = graphApi;
        this.connections = connections;
        this.secrets = secrets;
    }

    /** {@code platformApp}: the number is under the platform's own Meta app, whose secret it uses. */
    public Uni<Connection> connect(Actor actor, String tenantId, String name, CloudApiCredentials given,
            boolean platformApp) {
        CloudApiCredentials credentials = platformApp ? new CloudApiCredentials(given.phoneNumberId(),
                given.businessAccountId(), given.accessToken(), secrets.platformAppSecret().orElseThrow(() ->
                        ProblemException.unprocessable("platformApp: this platform has no Meta app of its own; "
                                + "give the number's appSecret instead"))) : given;
        return graphApi.phoneNumber(credentials.phoneNumberId(), credentials.accessToken(), credentials.appSecret())
                .onFailure(GraphApiException.class).transform(e -> explain((GraphApiException) e))
                .call(number -> !platformApp ? Uni.createFrom().voidItem()
                        : connections.findPlatformNumber(credentials.phoneNumberId()).invoke(existing -> {
                            if (existing != null) {
                                throw ProblemException.conflict("This number is connected under the platform's app "
                                        + "already");
                            }
                        }).replaceWithVoid())
                .flatMap(number -> {
                    Connection c = connections.draft(tenantId, ConnectionType.CLOUD_API, name, ConnectionState.OPEN);
                    c.phoneNumberId = credentials.phoneNumberId();
                    c.businessAccountId = credentials.businessAccountId();
                    c.platformApp = platformApp;
                    c.displayPhoneNumber = number.displayPhoneNumber();
                    c.accessTokenEnc = secrets.seal(c, ConnectionSecrets.ACCESS_TOKEN, credentials.accessToken());
                    c.appSecretEnc = secrets.seal(c, ConnectionSecrets.APP_SECRET, credentials.appSecret());
                    c.verifyTokenEnc = secrets.seal(c, ConnectionSecrets.VERIFY_TOKEN, secrets.newSecret());
                    return connections.create(actor, c);
                });
    }

    /** Checks the stored credentials again (reconnect): OPEN if they work, FAILED with the reason if not. */
    public Uni<Connection> recheck(Actor actor, Connection c) {
        return graphApi.phoneNumber(c.phoneNumberId, secrets.accessToken(c), secrets.appSecret(c))
                .map(number -> (String) null)
                .onFailure(GraphApiException.class).recoverWithItem(e -> explain((GraphApiException) e).getMessage())
                .flatMap(problem -> connections.change(actor, c.tenantId, c.id, "connection.reconnect", conn -> {
                    if (problem == null) {
                        conn.changeState(conn.enabled ? ConnectionState.OPEN : ConnectionState.DISABLED, null);
                    } else {
                        conn.changeState(ConnectionState.FAILED, problem);
                    }
                    return true;
                }));
    }

    static ProblemException explain(GraphApiException e) {
        if (e.unreachable() || e.httpStatus() >= 500) {
            return new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "Meta's Cloud API cannot be reached right now; try again in a moment");
        }
        if (e.credentialsRejected()) {
            return ProblemException.unprocessable("accessToken: Meta rejected the access token (invalid or expired)");
        }
        if (e.getMessage() != null && e.getMessage().contains("appsecret_proof")) {
            return ProblemException.unprocessable("appSecret: the app secret does not belong to this access token's app");
        }
        return ProblemException.unprocessable(
                "phoneNumberId: Meta does not know this phone number id for this access token");
    }
}
