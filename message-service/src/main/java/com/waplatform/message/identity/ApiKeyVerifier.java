package com.waplatform.message.identity;

import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.waplatform.message.config.AutomationConfig;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Which tenant an automation API key belongs to, asked of tenant-service (which keeps the keys hashed). Good
 * answers are remembered for a few seconds, by the key's SHA-256, so a busy automation does not ask for every
 * call; a revoked key stops working within that time.
 */
@ApplicationScoped
public class ApiKeyVerifier {

    private static final Logger LOG = Logger.getLogger(ApiKeyVerifier.class);
    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(TenantServiceClient.Verified key, long until) {
    }

    private final TenantServiceClient tenantService;
    private final long rememberMillis;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public ApiKeyVerifier(@RestClient TenantServiceClient tenantService, AutomationConfig config) {
        this.tenantService = tenantService;
        this.rememberMillis = config.apiKeyCache().toMillis();
    }

    /** The verified key; 401 for a missing, malformed, unknown or revoked one, 503 if tenant-service is away. */
    public Uni<TenantServiceClient.Verified> verify(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 100) {
            return Uni.createFrom().failure(unauthorized());
        }
        String hash = sha256(presented);
        Remembered known = remembered.get(hash);
        if (known != null && known.until() > System.currentTimeMillis()) {
            return Uni.createFrom().item(known.key());
        }
        return tenantService.verify(new TenantServiceClient.Presented(presented))
                .invoke(key -> {
                    if (remembered.size() >= MAX_REMEMBERED) {
                        remembered.clear();
                    }
                    remembered.put(hash, new Remembered(key, System.currentTimeMillis() + rememberMillis));
                })
                .onFailure().transform(failure -> {
                    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() == 404) {
                        return unauthorized();
                    }
                    LOG.warnf("cannot verify an API key with tenant-service: %s", failure.getMessage());
                    return new ProblemException(503, "Service Unavailable",
                            "API keys cannot be checked right now; try again shortly");
                });
    }

    private static ProblemException unauthorized() {
        return new ProblemException(401, "Unauthorized",
                "A valid API key is required in the X-API-Key header (create one as tenant admin)");
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
