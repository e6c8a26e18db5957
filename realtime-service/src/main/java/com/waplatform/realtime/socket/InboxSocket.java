package com.waplatform.realtime.socket;

import com.waplatform.realtime.service.TenantSockets;
import com.waplatform.web.TenantDirectory;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code /ws}: live updates of the caller's tenant. The upgrade needs a valid access token (Authorization header,
 * or for browsers the {@code quarkus-http-upgrade} subprotocol); the tenant comes from its {@code tenant_id}.
 */
@WebSocket(path = "/ws")
@Authenticated
public class InboxSocket {

    static final String TENANT_KEY = "tenant";

    private final TenantSockets sockets;
    private final JsonWebToken token;
    private final TenantDirectory directory;
    private final SecurityIdentity identity;

    public InboxSocket(TenantSockets sockets, JsonWebToken token, TenantDirectory directory,
            SecurityIdentity identity) {
        this.sockets = sockets;
        this.token = token;
        this.directory = directory;
        this.identity = identity;
    }

    @OnOpen
    public Uni<String> open(WebSocketConnection connection) {
        Object tenant = token.getClaim("tenant_id");
        if (tenant == null || tenant.toString().isBlank()) {
            return connection.close(new CloseReason(1008, "Your account is not part of a tenant"))
                    .replaceWith((String) null);
        }
        if (directory.blocked(tenant.toString())) {
            return connection.close(new CloseReason(1008, "Your organization's account is suspended"))
                    .replaceWith((String) null);
        }
        connection.userData().put(io.quarkus.websockets.next.UserData.TypedKey.forString(TENANT_KEY),
                tenant.toString());
        connection.userData().put(TenantSockets.ADMIN, identity.hasRole("tenant-admin"));
        sockets.add(tenant.toString(), connection);
        return Uni.createFrom().item("{\"type\":\"hello\",\"tenantId\":\"" + tenant + "\"}");
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        String tenant = connection.userData().get(io.quarkus.websockets.next.UserData.TypedKey.forString(TENANT_KEY));
        if (tenant != null) {
            sockets.remove(tenant, connection);
        }
    }
}
