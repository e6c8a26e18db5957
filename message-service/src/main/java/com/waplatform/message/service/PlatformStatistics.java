package com.waplatform.message.service;

import com.waplatform.message.report.ErrorCount;
import com.waplatform.message.report.PlatformDaily;
import com.waplatform.message.report.PlatformSummary;
import com.waplatform.message.report.ReportPeriod;
import com.waplatform.message.repository.BacklogRepository;
import com.waplatform.message.repository.MessageTallyRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Message counts of every tenant (or one) for platform staff, over UTC days: counts only, never content. Each read
 * is a platform bypass of row-level security, recorded in the audit log with who and why.
 */
@ApplicationScoped
public class PlatformStatistics {

    private final MessageTallyRepository tallies;
    private final BacklogRepository backlogs;
    private final TenantScope scope;

    public PlatformStatistics(MessageTallyRepository tallies, BacklogRepository backlogs, TenantScope scope) {
        this.tallies = tallies;
        this.backlogs = backlogs;
        this.scope = scope;
    }

    @WithTransaction
    public Uni<PlatformDaily> daily(Actor actor, String from, String to) {
        return Uni.createFrom().item(() -> ReportPeriod.utc(from, to)).flatMap(period -> bypass(actor,
                "message statistics per day " + period.from() + ".." + period.to())
                .chain(tallies::asOf).flatMap(asOf -> tallies.utcDays(period.start(), period.end())
                        .map(rows -> new PlatformDaily(period.from(), period.to(), asOf, rows.stream()
                                .map(r -> new PlatformDaily.Day(LocalDate.parse((String) r[0]), Rows.count(r[1]),
                                        Rows.count(r[2]), Rows.count(r[3]))).toList()))));
    }

    /** {@code tenantId}: one tenant's figures, or null for every tenant's. */
    @WithTransaction
    public Uni<PlatformSummary> summary(Actor actor, String from, String to, String tenantId) {
        return Uni.createFrom().item(() -> ReportPeriod.utc(from, to)).flatMap(period -> bypass(actor,
                "message statistics " + period.from() + ".." + period.to() + (tenantId == null ? ""
                        : " of tenant " + tenantId))
                .chain(tallies::asOf).flatMap(asOf -> tallies.totals(period.start(), period.end(), tenantId)
                        .flatMap(rows -> backlogs.deadDeliveries(period.start(), period.end(), tenantId)
                                .flatMap(dead -> backlogs.unpublishedEvents(tenantId)
                                        .flatMap(outbox -> tallies.pending(tenantId)
                                                .map(pending -> summary(period, tenantId, asOf, rows, dead, outbox,
                                                        pending)))))));
    }

    /** Rows of [direction, status, error code, error title, messages]. */
    private static PlatformSummary summary(ReportPeriod period, String tenantId, OffsetDateTime asOf,
            List<Object[]> rows, long dead, long outbox, long pending) {
        long received = 0;
        long sent = 0;
        long failed = 0;
        List<ErrorCount> errors = new ArrayList<>();
        for (Object[] r : rows) {
            long count = Rows.count(r[4]);
            if ("INBOUND".equals(r[0])) {
                received += count;
                continue;
            }
            sent += count;
            if ("FAILED".equals(r[1])) {
                failed += count;
                errors.add(new ErrorCount(Rows.code(r[2]), (String) r[3], count));
            }
        }
        return new PlatformSummary(period.from(), period.to(), tenantId, asOf, received, sent, failed,
                Rows.largestFirst(errors), dead, outbox, pending);
    }

    private Uni<Void> bypass(Actor actor, String reason) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), reason);
    }
}
