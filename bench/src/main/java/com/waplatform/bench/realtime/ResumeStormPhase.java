package com.waplatform.bench.realtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.utils.Utils;

/**
 * 4. Resume storm (realtime-service only: the baseline cannot resume). {@code -Dresume.tenants} (50) tenants ×
 * {@code -Dresume.sockets} (100) sockets open fresh and keep the position of their hello; all close; each tenant
 * gets {@code -Dresume.events} (1,000) events; then every socket reconnects at once with {@code ?resume=}. Measured:
 * the time until every socket has its {@code caught-up} frame, per socket p50/p99, and whether each got exactly
 * its tenant's events after its position, once and in order. Run with the service's resume settings, then (unless
 * {@code -Dresume.raised=false}) with {@code -Dresume.raised.queue} (sockets + 1,000) and
 * {@code -Dresume.raised.timeout.seconds} (3,600) and {@code -Dresume.raised.readers} (2). Waits
 * {@code -Dresume.wait.seconds} (3,600) at most.
 */
final class ResumeStormPhase {

    private final RealtimeBench bench;
    private final int tenants = Integer.getInteger("resume.tenants", 50);
    private final int perTenant = Integer.getInteger("resume.sockets", 100);
    private final int events = Integer.getInteger("resume.events", 1000);
    private final Duration wait = Duration.ofSeconds(Integer.getInteger("resume.wait.seconds", 3600));

    ResumeStormPhase(RealtimeBench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        int sockets = tenants * perTenant;
        String head = String.format("4. resume storm: %,d sockets (%d tenants x %d) reconnect at once, %,d events "
                + "per tenant behind", sockets, tenants, perTenant, events);
        bench.results.put(head, RealtimeBench.BASELINE, "n/a (cannot resume)");
        bench.results.put(head, RealtimeBench.REALTIME, "");
        if (!bench.targets.containsKey(RealtimeBench.REALTIME)) {
            return;
        }
        storm("4a. service defaults (2 readers, queue 2,000, timeout 10 s)");
        if (Boolean.parseBoolean(System.getProperty("resume.raised", "true"))) {
            int queue = Integer.getInteger("resume.raised.queue", sockets + 1000);
            int timeout = Integer.getInteger("resume.raised.timeout.seconds", 3600);
            Map<String, String> raised = new java.util.HashMap<>(Map.of("realtime.resume.queue",
                    Integer.toString(queue), "realtime.resume.timeout", timeout + "s"));
            String readers = System.getProperty("resume.raised.readers", "2"); // the service's default
            raised.put("realtime.resume.readers", readers);
            bench.startRealtime(raised);
            storm(String.format("4b. queue %,d, timeout %d s (%s readers)", queue, timeout, readers));
        }
    }

    private void storm(String label) throws Exception {
        Target target = bench.targets.get(RealtimeBench.REALTIME);
        List<String> ids = RealtimeBench.tenants(tenants);
        List<ClientSocket> fresh = new ArrayList<>();
        for (int s = 0; s < perTenant; s++) {
            for (int t = 0; t < tenants; t++) {
                fresh.add(new ClientSocket(ids.get(t), bench.user(ids.get(t), s), null, null));
            }
        }
        long mark = bench.logMark(RealtimeBench.REALTIME);
        try (SocketFleet fleet = new SocketFleet(target, bench.clientThreads, bench.addresses)) {
            System.out.printf("%n[resume] %s: fresh %s%n", label, fleet.open(fresh, bench.window,
                    Duration.ofSeconds(300)));
            SocketFleet.close(fresh, Duration.ofSeconds(60));
            // only a socket that got a position can resume
            List<ClientSocket> started = fresh.stream().filter(s -> s.readyAt != 0 && s.position != null).toList();
            int seq = 0;
            for (int k = 0; k < events; k++) {
                for (String tenant : ids) {
                    bench.producer.send(tenant, seq++, k, null, 0);
                }
            }
            bench.producer.flush();
            System.out.printf("[resume] %,d events sent; records behind per partition of conversation.events: %s%n",
                    seq, behind(ids));
            List<ClientSocket> back = started.stream().map(s -> s.resuming(null)).toList();
            long start = Micros.now();
            SocketFleet.Tally hellos = fleet.open(back, back.size(), wait);
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline && !back.stream().allMatch(ResumeStormPhase::finished)) {
                Thread.sleep(100);
            }
            report(label, back, start, hellos);
            SocketFleet.close(back, Duration.ofSeconds(60));
        }
        bench.warnings(RealtimeBench.REALTIME, "resume", mark);
    }

    /** Caught up, told to resync, closed or failed: nothing more will come for it. */
    private static boolean finished(ClientSocket s) {
        return s.caughtUpAt != 0 || s.resync || s.closed || s.failed;
    }

    private void report(String label, List<ClientSocket> back, long start, SocketFleet.Tally hellos) {
        double[] times = back.stream().filter(s -> s.caughtUpAt != 0).mapToDouble(s -> (s.caughtUpAt - start) / 1e6)
                .sorted().toArray();
        long exact = back.stream().filter(s -> s.caughtUpAt != 0 && s.resumed && !s.resync && s.events == events
                && s.firstSeq == 0 && s.lastSeq == events - 1 && s.outOfOrder == 0).count();
        long wrong = back.stream().filter(s -> s.caughtUpAt != 0).count() - exact;
        long resyncWithout = back.stream().filter(s -> s.resync && s.position == null).count();
        long resyncWith = back.stream().filter(s -> s.resync && s.position != null).count();
        Map<Integer, Integer> closed = new TreeMap<>();
        back.stream().filter(s -> s.closed && s.caughtUpAt == 0)
                .forEach(s -> closed.merge(s.closeCode, 1, Integer::sum));
        long unfinished = back.stream().filter(s -> !finished(s)).count();
        String all = times.length == back.size() ? String.format("all caught up in %.1f s", times[times.length - 1])
                : String.format("%,d of %,d caught up (last at %.1f s)", times.length, back.size(),
                        times.length == 0 ? Double.NaN : times[times.length - 1]);
        String outcome = String.format("%,d exact, %,d wrong, resync %,d (+%,d without position), closed %s, "
                + "unfinished %,d", exact, wrong, resyncWith, resyncWithout, closed, unfinished);
        System.out.printf("[resume] %s: %s; per socket p50 %.1f s, p99 %.1f s; %s; hellos: %s%n", label, all,
                Deliveries.percentile(times, 50), Deliveries.percentile(times, 99), outcome, hellos);
        bench.results.put(label, RealtimeBench.REALTIME, all);
        bench.results.put(label + ": per socket p50/p99", RealtimeBench.REALTIME, String.format("%.1f / %.1f s",
                Deliveries.percentile(times, 50), Deliveries.percentile(times, 99)));
        bench.results.put(label + ": outcome", RealtimeBench.REALTIME, outcome);
    }

    /** How many of this run's records each partition got (every socket of a tenant reads its partition's). */
    private String behind(List<String> ids) {
        int[] records = new int[bench.producer.partitions()];
        ids.forEach(t -> records[Utils.toPositive(Utils.murmur2(t.getBytes())) % records.length] += events);
        return Arrays.toString(records);
    }
}
