package com.waplatform.message.identity;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.waplatform.message.config.AutomationConfig;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Which tenant an automation API key belongs to, asked of tenant-service (which keeps the keys hashed). Answers are
 * remembered by the key's SHA-256 in a bounded cache, one question per key at a time: a live key for
 * {@code automation.api-key-cache} (a revoked key stops working within that time), a rejected one for
 * {@code automation.rejected-key-cache}. A key not remembered is only asked about if its caller's address may have
 * it checked ({@link RejectedKeys}: not too many keys rejected this minute, not too many checks at once).
 */
@ApplicationScoped
public class ApiKeyVerifier {

    private static final Logger LOG = Logger.getLogger(ApiKeyVerifier.class);

    private final TenantServiceClient tenantService;
    private final RejectedKeys rejections;
    private final AsyncCache<String, Optional<TenantServiceClient.Verified>> answers;

    public ApiKeyVerifier(@RestClient TenantServiceClient tenantService, RejectedKeys rejections,
            AutomationConfig config) {
        this.tenantService = tenantService;
        this.rejections = rejections;
        this.answers = Caffeine.newBuilder()
                .maximumSize(config.apiKeyCacheSize())
                .expireAfter(Expiry.<String, Optional<TenantServiceClient.Verified>>creating((hash, answer) ->
                        answer.isPresent() ? config.apiKeyCache() : config.rejectedKeyCache()))
                .executor(Runnable::run) // the questions are asynchronous already
                .buildAsync();
    }

    /**
     * The verified key; 401 for a missing, malformed, unknown or revoked one, {@link RejectedKeys.Refused} when the
     * address may not have it checked now, 503 if tenant-service is away.
     */
    public Uni<TenantServiceClient.Verified> verify(String presented, String address) {
        if (presented == null || presented.isBlank() || presented.length() > 100) {
            return Uni.createFrom().failure(unauthorized());
        }
        String hash = sha256(presented);
        CompletableFuture<Optional<TenantServiceClient.Verified>> known = answers.getIfPresent(hash);
        RejectedKeys.Check check;
        try {
            check = known == null ? rejections.admit(address) : null;
        } catch (RejectedKeys.Refused refused) {
            return Uni.createFrom().failure(refused);
        }
        // a copy: one caller giving up must not cancel the question the others wait for
        return Uni.createFrom().completionStage(answers.get(hash, (h, executor) -> ask(presented)).copy())
                .onItemOrFailure().invoke(() -> {
                    if (check != null) {
                        check.done();
                    }
                })
                .call(answer -> answer.isPresent() || check == null ? Uni.createFrom().voidItem()
                        : rejections.rejected(address))
                .map(answer -> answer.orElseThrow(ApiKeyVerifier::unauthorized));
    }

    private CompletableFuture<Optional<TenantServiceClient.Verified>> ask(String presented) {
        return tenantService.verify(new TenantServiceClient.Presented(presented))
                .map(Optional::of)
                .onFailure(failure -> failure instanceof WebApplicationException web
                        && web.getResponse().getStatus() == 404)
                .recoverWithItem(Optional.empty())
                .onFailure().transform(failure -> {
                    LOG.warnf("cannot verify an API key with tenant-service: %s", failure.getMessage());
                    return new ProblemException(503, "Service Unavailable",
                            "API keys cannot be checked right now; try again shortly");
                })
                .subscribeAsCompletionStage();
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
