package com.waplatform.message.service;

import com.waplatform.message.report.ConversationReport;
import com.waplatform.message.report.ReportPeriod;
import com.waplatform.message.report.Timing;
import com.waplatform.message.repository.ConversationEpisodeRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A tenant's conversation report, from the facts of each opening (see {@link ConversationEpisodes}): openings,
 * resolutions, median first response and resolution times, overall, per agent and per number; always current.
 * <p>
 * One query reads the period's episodes once (their durations in whole seconds, kept on each episode) and hands
 * them over grouped by number, first responder and resolver; the medians are taken here: for n durations in
 * ascending order d[0..n-1], {@code percentile_cont(0.5)} = (d[floor((n-1)/2)] + d[ceil((n-1)/2)]) / 2, exact. Each
 * group's durations are held once, sorted (4 bytes a duration); the overall, per-agent and per-number medians are
 * searched for across the groups they cover, without copying them.
 */
@ApplicationScoped
public class ConversationReports {

    /** One measure over the period: the sorted durations of each group, overall, per agent and per number. */
    static final class Measure {

        final List<int[]> all = new ArrayList<>();
        final Map<String, List<int[]>> byAgent = new HashMap<>();
        final Map<UUID, List<int[]>> byNumber = new HashMap<>();

        /** {@code seconds}: 4-byte big-endian integers one after the other (int4send), or null for none. */
        void add(UUID number, String agent, byte[] seconds) {
            if (seconds == null || seconds.length == 0) {
                return;
            }
            int[] sorted = new int[seconds.length / 4];
            for (int i = 0, b = 0; i < sorted.length; i++, b += 4) {
                sorted[i] = (seconds[b] & 0xff) << 24 | (seconds[b + 1] & 0xff) << 16 | (seconds[b + 2] & 0xff) << 8
                        | seconds[b + 3] & 0xff;
            }
            Arrays.sort(sorted);
            all.add(sorted);
            byNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(sorted);
            if (agent != null) {
                byAgent.computeIfAbsent(agent, k -> new ArrayList<>()).add(sorted);
            }
        }

        Map<String, Timing> agents() {
            Map<String, Timing> out = new HashMap<>();
            byAgent.forEach((agent, groups) -> out.put(agent, median(groups)));
            return out;
        }

        Map<UUID, Timing> numbers() {
            Map<UUID, Timing> out = new HashMap<>();
            byNumber.forEach((number, groups) -> out.put(number, median(groups)));
            return out;
        }
    }

    /** percentile_cont(0.5) of the durations of sorted arrays taken together, and how many. */
    static Timing median(List<int[]> sorted) {
        long n = 0;
        for (int[] a : sorted) {
            n += a.length;
        }
        if (n == 0) {
            return Timing.NONE;
        }
        int low = kth(sorted, (n - 1) / 2);
        int high = n % 2 == 0 ? kth(sorted, n / 2) : low;
        return new Timing((low + (double) high) / 2, n);
    }

    /** The k-th smallest (from 0) duration of sorted arrays taken together: the least d with more than k at most d. */
    static int kth(List<int[]> sorted, long k) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int[] a : sorted) {
            if (a.length > 0) {
                lo = Math.min(lo, a[0]);
                hi = Math.max(hi, a[a.length - 1]);
            }
        }
        while (lo < hi) {
            int mid = (int) (((long) lo + hi) >> 1);
            long atMost = 0;
            for (int[] a : sorted) {
                atMost += atMost(a, mid);
            }
            if (atMost > k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** How many of the sorted durations are at most d. */
    private static int atMost(int[] sorted, int d) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= d) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private final ConversationEpisodeRepository episodes;
    private final ReportZones zones;
    private final TenantScope scope;

    public ConversationReports(ConversationEpisodeRepository episodes, ReportZones zones, TenantScope scope) {
        this.episodes = episodes;
        this.zones = zones;
        this.scope = scope;
    }

    /**
     * The period's facts are read in a transaction; the medians (every duration of the period sorted: tens of
     * milliseconds for a month of a large tenant) are taken after it, on a worker thread, not on the event loop
     * that serves the other requests.
     */
    public Uni<ConversationReport> report(String tenantId, String from, String to, UUID connectionId) {
        return Uni.createFrom().item(() -> zones.period(tenantId, from, to))
                .flatMap(period -> Panache.withTransaction(() -> scope.enter(tenantId)
                        .chain(episodes::roomToGroup)
                        .chain(() -> episodes.periodFacts(tenantId, period.start(), period.end(), connectionId)))
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(rows -> report(period, rows)));
    }

    /**
     * Rows of [connection id, first reply by, resolved by, opened, first response seconds, resolution seconds]
     * (see {@link ConversationEpisodeRepository#periodFacts}).
     */
    static ConversationReport report(ReportPeriod period, List<Object[]> rows) {
        Map<UUID, Long> openedPerNumber = new HashMap<>();
        Measure firstResponses = new Measure();
        Measure resolutions = new Measure();
        for (Object[] r : rows) {
            UUID number = (UUID) r[0];
            long opened = Rows.count(r[3]);
            if (opened != 0) {
                openedPerNumber.merge(number, opened, Long::sum);
            }
            firstResponses.add(number, (String) r[1], (byte[]) r[4]);
            resolutions.add(number, (String) r[2], (byte[]) r[5]);
            r[4] = null; // held as sorted integers from here on
            r[5] = null;
        }
        Timing firstResponse = median(firstResponses.all);
        Timing resolution = median(resolutions.all);
        Map<String, Timing> firstResponseByAgent = firstResponses.agents();
        Map<String, Timing> resolutionByAgent = resolutions.agents();
        Map<UUID, Timing> firstResponseByNumber = firstResponses.numbers();
        Map<UUID, Timing> resolutionByNumber = resolutions.numbers();

        TreeSet<String> agents = new TreeSet<>(firstResponseByAgent.keySet());
        agents.addAll(resolutionByAgent.keySet());
        TreeSet<UUID> numbers = new TreeSet<>(openedPerNumber.keySet());
        numbers.addAll(firstResponseByNumber.keySet());
        numbers.addAll(resolutionByNumber.keySet());
        return new ConversationReport(period.from(), period.to(), period.zone().getId(),
                openedPerNumber.values().stream().mapToLong(Long::longValue).sum(), resolution.count(),
                firstResponse, resolution,
                agents.stream().map(agent -> {
                    Timing resolved = resolutionByAgent.getOrDefault(agent, Timing.NONE);
                    return new ConversationReport.AgentFigures(agent,
                            firstResponseByAgent.getOrDefault(agent, Timing.NONE), resolved, resolved.count());
                }).toList(),
                numbers.stream().map(number -> {
                    Timing resolved = resolutionByNumber.getOrDefault(number, Timing.NONE);
                    return new ConversationReport.NumberFigures(number, openedPerNumber.getOrDefault(number, 0L),
                            resolved.count(), firstResponseByNumber.getOrDefault(number, Timing.NONE), resolved);
                }).toList());
    }
}
