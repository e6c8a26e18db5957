package com.waplatform.realtime.socket;

import com.waplatform.realtime.service.LiveSocket.SocketOwner;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The WebSocket upgrade of {@code /ws}: the access token is checked once, before the upgrade, with the realm's keys
 * (as every service checks its bearer tokens); no valid token, no upgrade (401). Browsers cannot set headers on a
 * WebSocket: they offer the subprotocols {@value #CARRIER} and the percent-encoded
 * {@code quarkus-http-upgrade#Authorization#Bearer <token>}; the server selects {@value #CARRIER} (a browser drops
 * an upgrade that selects none of those it offered). What the socket keeps of the token is its claims
 * ({@link SocketOwner}); the upgrade request itself is let go.
 */
@ApplicationScoped
public class SocketUpgrade implements HttpServerOptionsCustomizer {

    static final String CARRIER = "bearer-token-carrier";
    private static final String CARRIED_HEADER = "quarkus-http-upgrade#authorization#";
    private static final String BEARER = "bearer ";
    private static final Logger LOG = Logger.getLogger(SocketUpgrade.class);

    private final TenantIdentityProvider identities;

    SocketUpgrade(TenantIdentityProvider identities) {
        this.identities = identities;
    }

    /** Who opened the socket and what they asked for in its address. */
    record Caller(SocketOwner owner, long expiresAt, String resume, String scope, String conversationId) {
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setWebSocketSubProtocols(List.of(CARRIER));
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        options.setWebSocketSubProtocols(List.of(CARRIER));
    }

    /** Checks the token and upgrades; {@code opened} gets the socket (on its event loop) and its caller. */
    void upgrade(RoutingContext context, BiConsumer<ServerWebSocket, Caller> opened) {
        HttpServerRequest request = context.request();
        if (!"websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))) {
            context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("This address takes WebSocket connections only");
            return;
        }
        String token = token(request);
        if (token == null) {
            unauthorized(context);
            return;
        }
        String resume = queryParam(request.query(), "resume");
        String scope = queryParam(request.query(), "scope");
        String conversationId = queryParam(request.query(), "conversationId");
        Context onRequestThread = Vertx.currentContext();
        request.pause(); // the upgrade waits for the token's check
        identities.authenticate(new AccessTokenCredential(token)).subscribe().with(
                identity -> onRequestThread.runOnContext(ignored -> upgradeChecked(context, identity, resume,
                        scope, conversationId, opened)),
                failure -> onRequestThread.runOnContext(ignored -> {
                    LOG.debugf("socket refused, token not valid: %s", failure.getMessage());
                    unauthorized(context);
                }));
    }

    /**
     * The token is valid: the upgrade, unless the client went away meanwhile (an upgrade of a closed connection
     * would give a socket that never reports its close).
     */
    private static void upgradeChecked(RoutingContext context, SecurityIdentity identity, String resume,
            String scope, String conversationId, BiConsumer<ServerWebSocket, Caller> opened) {
        HttpServerRequest request = context.request();
        if (request.response().closed()) {
            return;
        }
        Caller caller;
        try {
            caller = caller(identity, resume, scope, conversationId);
        } catch (RuntimeException e) { // a token without the claims of an access token
            LOG.debugf("socket refused, token unreadable: %s", e.toString());
            unauthorized(context);
            return;
        }
        Future<ServerWebSocket> upgrading;
        try {
            upgrading = request.toWebSocket();
        } catch (RuntimeException e) { // the request cannot be upgraded any more
            LOG.debugf("upgrade impossible: %s", e.toString());
            request.connection().close();
            return;
        }
        upgrading.onComplete(upgraded -> {
            if (upgraded.failed()) {
                LOG.debugf("upgrade failed: %s", upgraded.cause().getMessage());
            } else if (request.response().closed()) {
                upgraded.result().close();
            } else {
                opened.accept(upgraded.result(), caller);
            }
        });
    }

    private static Caller caller(SecurityIdentity identity, String resume, String scope, String conversationId) {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        Object tenant = token.getClaim("tenant_id");
        SocketOwner owner = new SocketOwner(tenant == null ? null : tenant.toString(), token.getSubject(),
                displayName(token), identity.hasRole("tenant-admin"), token.getIssuedAtTime());
        return new Caller(owner, token.getExpirationTime() * 1000, resume, scope, conversationId);
    }

    /** The bearer token of the Authorization header, else of the subprotocol that carries it; null if none. */
    static String token(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            String offered = request.getHeader("Sec-WebSocket-Protocol");
            if (offered != null) {
                for (String protocol : offered.split(",")) {
                    String decoded = decode(protocol.trim());
                    if (decoded != null && decoded.toLowerCase().startsWith(CARRIED_HEADER)) {
                        header = decoded.substring(CARRIED_HEADER.length());
                        break;
                    }
                }
            }
        }
        if (header == null || !header.toLowerCase().startsWith(BEARER)) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    /**
     * A parameter of the address, e.g. the position the client came back with ({@code /ws?resume=<position>});
     * absent or unreadable: null.
     */
    static String queryParam(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return decode(pair.substring(name.length() + 1));
            }
        }
        return null;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The name other agents see: the token's {@code name}, else the username. */
    private static String displayName(JsonWebToken token) {
        Object name = token.getClaim("name");
        if (name != null && !name.toString().isBlank()) {
            return name.toString();
        }
        Object username = token.getClaim("preferred_username");
        return username != null ? username.toString() : "?";
    }

    private static void unauthorized(RoutingContext context) {
        context.request().resume();
        context.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer")
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end("Sign in first: this connection needs a valid access token");
    }
}
