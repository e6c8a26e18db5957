package com.waplatform.session.service;

import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.provider.ProviderException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Times each send at a provider: {@code provider.send{provider,outcome}}, provider {@code cloud_api} or
 * {@code evolution}, outcome {@code sent}, {@code retryable} (the send is tried again), {@code rejected} (the
 * provider refused it for good or the credentials) or {@code error} (no provider answer understood).
 */
@ApplicationScoped
public class ProviderSends {

    private final MeterRegistry metrics;

    public ProviderSends(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    public <T> Uni<T> timed(ConnectionType type, Supplier<Uni<T>> send) {
        String provider = type == ConnectionType.CLOUD_API ? "cloud_api" : "evolution";
        return Uni.createFrom().deferred(() -> {
            Timer.Sample sample = Timer.start(metrics);
            return send.get().onItemOrFailure().invoke((item, failure) -> sample.stop(
                    Timer.builder("provider.send").description("a send at the provider, from call to answer")
                            .tags("provider", provider, "outcome", outcome(failure)).register(metrics)));
        });
    }

    static String outcome(Throwable failure) {
        if (failure == null) {
            return "sent";
        }
        if (failure instanceof ProviderException e) {
            return e.retryable() ? "retryable" : "rejected";
        }
        return "error";
    }
}
