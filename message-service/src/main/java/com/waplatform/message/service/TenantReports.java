package com.waplatform.message.service;

import com.waplatform.message.report.ErrorCount;
import com.waplatform.message.report.MessageReport;
import com.waplatform.message.report.ReportPeriod;
import com.waplatform.message.report.StatusReport;
import com.waplatform.message.repository.MessageTallyRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's message reports, from the hourly counts (as fresh as their {@code asOf}), over the days of the
 * company's time zone; optionally one number's. Only the caller's tenant is ever read.
 */
@ApplicationScoped
public class TenantReports {

    private final MessageTallyRepository tallies;
    private final ReportZones zones;
    private final TenantScope scope;

    public TenantReports(MessageTallyRepository tallies, ReportZones zones, TenantScope scope) {
        this.tallies = tallies;
        this.zones = zones;
        this.scope = scope;
    }

    @WithTransaction
    public Uni<MessageReport> messages(String tenantId, String from, String to, UUID connectionId) {
        return Uni.createFrom().item(() -> zones.period(tenantId, from, to)).flatMap(period -> scope.enter(tenantId)
                .chain(tallies::asOf).flatMap(asOf -> tallies.days(tenantId, period.zone().getId(), period.start(),
                        period.end(), connectionId).map(rows -> {
                            List<MessageReport.Day> days = rows.stream().map(r -> new MessageReport.Day(
                                    LocalDate.parse((String) r[0]), (UUID) r[1], Rows.count(r[2]), Rows.count(r[3])))
                                    .toList();
                            return new MessageReport(period.from(), period.to(), period.zone().getId(), asOf, days,
                                    new MessageReport.Totals(days.stream().mapToLong(MessageReport.Day::received)
                                            .sum(), days.stream().mapToLong(MessageReport.Day::sent).sum()));
                        })));
    }

    @WithTransaction
    public Uni<StatusReport> statuses(String tenantId, String from, String to, UUID connectionId) {
        return Uni.createFrom().item(() -> zones.period(tenantId, from, to)).flatMap(period -> scope.enter(tenantId)
                .chain(tallies::asOf).flatMap(asOf -> tallies.outboundStatuses(tenantId, period.start(),
                        period.end(), connectionId).map(rows -> statuses(period, asOf, rows))));
    }

    /** Rows of [status, error code, error title, messages]. */
    private static StatusReport statuses(ReportPeriod period, java.time.OffsetDateTime asOf, List<Object[]> rows) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        List<ErrorCount> failed = new ArrayList<>();
        for (Object[] r : rows) {
            byStatus.merge((String) r[0], Rows.count(r[3]), Long::sum);
            if ("FAILED".equals(r[0])) {
                failed.add(new ErrorCount(Rows.code(r[1]), (String) r[2], Rows.count(r[3])));
            }
        }
        return new StatusReport(period.from(), period.to(), period.zone().getId(), asOf,
                byStatus.entrySet().stream().filter(e -> e.getValue() != 0)
                        .map(e -> new StatusReport.StatusCount(e.getKey(), e.getValue()))
                        .sorted(java.util.Comparator.comparing(StatusReport.StatusCount::status)).toList(),
                Rows.largestFirst(failed));
    }
}
