package com.waplatform.session.service;

import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.provider.GraphApiClient;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.persistence.audit.AuditPublisher;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** A tenant's WhatsApp connections: storage with encrypted credentials, lookups scoped to the tenant. */
@ApplicationScoped
public class ConnectionService {

    private final ConnectionRepository connections;
    private final CredentialCipher cipher;
    private final TenantScope scope;
    private final TenantDirectory tenants;
    private final AuditPublisher audit;
    private final SecureRandom random = new SecureRandom();

    public ConnectionService(ConnectionRepository connections, CredentialCipher cipher, TenantScope scope,
            TenantDirectory tenants, AuditPublisher audit) {
        this.audit = audit;
        this.connections = connections;
        this.cipher = cipher;
        this.scope = scope;
        this.tenants = tenants;
    }

    /** Stores a Cloud API connection whose credentials were already validated against the Graph API. */
    @WithTransaction
    public Uni<Connection> saveCloudApi(Actor actor, String tenantId, String name, CloudApiCredentials credentials,
            GraphApiClient.PhoneNumber number) {
        // one number is connected once platform-wide: the unique index decides, for this tenant and any other
        // (whose rows this transaction cannot see), and its violation becomes the 409 below
        return scope.enter(tenantId).chain(() -> withinPlan(tenantId)).chain(() -> {
            Connection connection = new Connection();
            connection.id = UUID.randomUUID();
            connection.tenantId = tenantId;
            connection.type = ConnectionType.CLOUD_API;
            connection.name = name;
            connection.phoneNumberId = credentials.phoneNumberId();
            connection.businessAccountId = credentials.businessAccountId();
            connection.displayPhoneNumber = number.displayPhoneNumber();
            connection.state = ConnectionState.OPEN;
            connection.enabled = true;
            connection.keyVersion = cipher.keyVersion();
            connection.accessTokenEnc = cipher.encrypt(credentials.accessToken(), connection.cipherContext("accessToken"));
            connection.appSecretEnc = cipher.encrypt(credentials.appSecret(), connection.cipherContext("appSecret"));
            connection.verifyTokenEnc = cipher.encrypt(newVerifyToken(), connection.cipherContext("verifyToken"));
            connection.createdAt = OffsetDateTime.now();
            connection.updatedAt = connection.createdAt;
            return connections.persist(connection).call(connections::flush)
                    .call(c -> audit.record(tenantId, actor.id(), actor.name(), actor.requestId(), "connection.create",
                            "connection:" + c.id, java.util.Map.of("type", c.type.name(), "name", c.name,
                                    "phoneNumberId", c.phoneNumberId)));
        }).onFailure(ConnectionService::numberConnectedElsewhere)
                .transform(e -> ProblemException.conflict("This phone number is already connected"));
    }

    /** The tenant's plan caps its connections (when its plan is known from tenant.events). */
    private Uni<Void> withinPlan(String tenantId) {
        return tenants.find(tenantId).map(plan -> connections.count("tenantId", tenantId).invoke(count -> {
            if (count >= plan.maxConnections()) {
                throw ProblemException.unprocessable("Your plan allows " + plan.maxConnections()
                        + " WhatsApp connection(s); remove one or ask for a larger plan");
            }
        }).replaceWithVoid()).orElse(Uni.createFrom().voidItem());
    }

    /** The platform-wide unique index already holds the number (this tenant's or another's). */
    private static boolean numberConnectedElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("connection_phone_number_uq")) {
                return true;
            }
        }
        return false;
    }

    @WithTransaction
    public Uni<Connection> get(String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> connections.findOwned(tenantId, id)).onItem().ifNull().failWith(() -> ProblemException.notFound("Connection"));
    }

    @WithTransaction
    public Uni<List<Connection>> list(String tenantId) {
        return scope.enter(tenantId).chain(() -> connections.listOwned(tenantId));
    }

    @WithTransaction
    public Uni<Long> count(String tenantId) {
        return scope.enter(tenantId).chain(() -> connections.count("tenantId", tenantId));
    }

    /** For the gateway's routing lookup, which comes before knowing the tenant: any tenant's connection, or null. */
    @WithTransaction
    public Uni<Connection> find(UUID id) {
        return scope.systemBypass("routing lookup of connection " + id)
                .chain(() -> connections.findById(id));
    }

    public String verifyToken(Connection connection) {
        return cipher.decrypt(connection.verifyTokenEnc, connection.cipherContext("verifyToken"));
    }

    public String appSecret(Connection connection) {
        return cipher.decrypt(connection.appSecretEnc, connection.cipherContext("appSecret"));
    }

    public String accessToken(Connection connection) {
        return cipher.decrypt(connection.accessTokenEnc, connection.cipherContext("accessToken"));
    }

    private String newVerifyToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
