package com.waplatform.persistence.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Listens for the {@code outbox_event} notification that PostgreSQL delivers when an outbox write commits. */
@ApplicationScoped
public class OutboxNotifications {

    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);

    private final Vertx vertx;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private PgSubscriber subscriber;

    public OutboxNotifications(Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void listen(Runnable onCommit) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> 1000L);
        subscriber.channel("outbox_event").handler(payload -> onCommit.run());
        subscriber.connect().subscribe().with(
                ok -> LOG.debug("listening for outbox commits"),
                failure -> LOG.warnf("cannot listen for outbox commits, polling only: %s", failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ok -> { }, failure -> { });
        }
    }
}
