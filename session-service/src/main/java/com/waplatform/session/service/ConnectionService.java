package com.waplatform.session.service;

import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.provider.GraphApiClient;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
    private final SecureRandom random = new SecureRandom();

    public ConnectionService(ConnectionRepository connections, CredentialCipher cipher) {
        this.connections = connections;
        this.cipher = cipher;
    }

    /** Stores a Cloud API connection whose credentials were already validated against the Graph API. */
    @WithTransaction
    public Uni<Connection> saveCloudApi(String tenantId, String name, CloudApiCredentials credentials,
            GraphApiClient.PhoneNumber number) {
        return connections.phoneNumberTaken(credentials.phoneNumberId()).flatMap(taken -> {
            if (taken) {
                return Uni.createFrom().failure(ProblemException.conflict("This phone number is already connected"));
            }
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
            return connections.persist(connection);
        });
    }

    @WithSession
    public Uni<Connection> get(String tenantId, UUID id) {
        return connections.findOwned(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound("Connection"));
    }

    @WithSession
    public Uni<List<Connection>> list(String tenantId) {
        return connections.listOwned(tenantId);
    }

    /** For internal callers (the gateway): any tenant's connection, or null. */
    @WithSession
    public Uni<Connection> find(UUID id) {
        return connections.findById(id);
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
