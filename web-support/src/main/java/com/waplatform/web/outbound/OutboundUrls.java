package com.waplatform.web.outbound;

import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;

/**
 * The {@link OutboundUrlPolicy} of this service (loopback only where {@code outbound-urls.allow-loopback} says so),
 * with host names resolved off the event loop.
 */
@ApplicationScoped
public class OutboundUrls {

    private final OutboundUrlPolicy policy;
    private final Vertx vertx;

    public OutboundUrls(OutboundUrlConfig config, Vertx vertx) {
        this.policy = new OutboundUrlPolicy(config.allowLoopback(), InetAddress::getAllByName);
        this.vertx = vertx;
    }

    /** A URL a user gives: the URL as it will be used, or a 422 naming the field and the reason. */
    public Uni<String> check(String field, String url) {
        return judge(url).map(target -> target.uri().toString()).onFailure(OutboundUrlRefused.class)
                .transform(refused -> ProblemException.unprocessable("'" + field + "' " + refused.getMessage()));
    }

    /** Judged again right before a request: the addresses to connect to, or {@link OutboundUrlRefused}. */
    public Uni<OutboundTarget> judge(String url) {
        return vertx.executeBlocking(() -> policy.judge(url), false);
    }
}
