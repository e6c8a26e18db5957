package com.waplatform.message.service;

import com.waplatform.message.config.ReportsConfig;
import com.waplatform.message.repository.MessageTallyRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One step of the tally job: changes the message table's triggers recorded (a message written, a status or error
 * code changed) are summed into their hour, in one transaction across tenants. {@link MessageTallyJob} runs batches
 * until one comes back short; when one does, every change committed before it began is counted, and that instant
 * is the reports' {@code asOf}.
 */
@ApplicationScoped
public class MessageTallies {

    private final MessageTallyRepository tallies;
    private final TenantScope scope;
    private final ReportsConfig config;

    public MessageTallies(MessageTallyRepository tallies, TenantScope scope, ReportsConfig config) {
        this.tallies = tallies;
        this.scope = scope;
        this.config = config;
    }

    /** Adds at most {@code reports.tally-batch} changes; how many. */
    @WithTransaction
    public Uni<Long> batch() {
        return scope.systemBypass("message tallies").chain(() -> tallies.catchUp(config.tallyBatch()))
                .call(taken -> taken < config.tallyBatch() ? tallies.markCaughtUp() : Uni.createFrom().voidItem());
    }
}
