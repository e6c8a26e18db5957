package com.waplatform.bench.realtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Fan-out latency: the time from an event's send to its arrival at the last socket of its tenant, with the
 * sockets open in this JVM. 2. One tenant, {@code -Dfanout.sockets} (1,000) sockets: {@code -Dfanout.events}
 * (200) events at {@code -Dfanout.rate} (5/s), then {@code -Dfanout.fast.rate} (20/s) for
 * {@code -Dfanout.fast.seconds} (15 s); thread dumps of realtime-service during the latter
 * ({@code -Dprofile=false} to skip them). 3. {@code -Dtenants.count} (100) tenants × {@code -Dtenants.sockets}
 * (100) sockets, {@code -Dtenants.rate} (500) events/s over the tenants for {@code -Dtenants.seconds} (20 s).
 * Each run ends {@code -Dgrace.seconds} (15 s) after its last send at most; what has not arrived by then is
 * counted missing. Each starts with {@code -Dwarmup.seconds} (5 s) of events at its rate, not counted.
 */
final class FanOutPhase {

    private final RealtimeBench bench;
    private final Duration grace = Duration.ofSeconds(Integer.getInteger("grace.seconds", 15));
    private final int warmupSeconds = Integer.getInteger("warmup.seconds", 5);

    FanOutPhase(RealtimeBench bench) {
        this.bench = bench;
    }

    /** Sockets of some tenants, open, and the events sent to them so far. */
    private final class Run {
        final List<String> tenants;
        final List<ClientSocket> sockets = new ArrayList<>();
        final Deliveries deliveries;
        final int perTenant;
        final int[] tenantSeq;
        SocketFleet fleet;
        /** The CPU per frame of the last {@link #measure}. */
        String cpu;
        int sent;

        Run(int tenantCount, int perTenant, int capacity) {
            this.tenants = RealtimeBench.tenants(tenantCount);
            this.perTenant = perTenant;
            this.tenantSeq = new int[tenantCount];
            this.deliveries = new Deliveries(capacity);
            for (int s = 0; s < perTenant; s++) {
                for (int t = 0; t < tenantCount; t++) {
                    sockets.add(new ClientSocket(tenants.get(t), bench.user(tenants.get(t), s), null, deliveries));
                }
            }
        }

        /** Sends {@code count} events at {@code rate}, round robin over the tenants; their sequence numbers. */
        int[] send(int count, double rate) {
            int from = sent;
            EventProducer.paced(count, rate, i -> {
                int t = (from + i) % tenants.size();
                bench.producer.send(tenants.get(t), from + i, tenantSeq[t]++, deliveries, perTenant);
            });
            sent += count;
            return new int[] {from, sent};
        }

        /** Waits for the events [range) to reach every socket (the grace time at most) and summarizes them. */
        Deliveries.Summary settle(int[] range) throws InterruptedException {
            deliveries.await(range[0], range[1], grace);
            return deliveries.summary(range[0], range[1]);
        }

        /**
         * Sends {@code count} events at {@code rate} and waits for them; also prints the CPU time the server and
         * this client JVM used meanwhile per frame delivered (both share the machine's CPUs with Kafka).
         */
        Deliveries.Summary measure(String name, int count, double rate) throws Exception {
            long server = ServerProcess.cpuMillis(bench.servers.get(name).pid());
            long client = ServerProcess.cpuMillis(ProcessHandle.current().pid());
            Map<String, Long> threads = ClientCpu.byThread();
            long start = System.nanoTime();
            Deliveries.Summary summary = settle(send(count, rate));
            double seconds = (System.nanoTime() - start) / 1e9;
            double frames = (double) count * perTenant - summary.missing();
            cpu = String.format("%.0f / %.0f us", (ServerProcess.cpuMillis(bench.servers.get(name).pid()) - server)
                    * 1000 / frames, (ServerProcess.cpuMillis(ProcessHandle.current().pid()) - client) * 1000 / frames);
            System.out.printf("[fanout] %s, %,d events at %.0f/s to %,d sockets: %s; CPU per frame server / client "
                    + "%s (%.0f s); busiest client threads: %s%n", name, count, rate, sockets.size(), summary, cpu,
                    seconds, ClientCpu.busiest(threads, ClientCpu.byThread(), seconds));
            return summary;
        }

        int outOfOrder() {
            return sockets.stream().mapToInt(s -> s.outOfOrder).sum();
        }

        void close() throws InterruptedException {
            SocketFleet.close(sockets, Duration.ofSeconds(60));
            fleet.close();
        }
    }

    void oneTenant() throws Exception {
        int sockets = Integer.getInteger("fanout.sockets", 1000);
        int events = Integer.getInteger("fanout.events", 200);
        double rate = Integer.getInteger("fanout.rate", 5);
        double fastRate = Integer.getInteger("fanout.fast.rate", 20);
        int fastSeconds = Integer.getInteger("fanout.fast.seconds", 15);
        String slow = String.format("2. one tenant, %,d sockets: %d events at %.0f/s, p50/p99/max", sockets,
                events, rate);
        String fast = String.format("   %.0f events/s for %d s: p50/p99/max", fastRate, fastSeconds);
        String late = String.format("   events not at every socket %d s after the last send", grace.toSeconds());
        bench.results.target(slow, "p99 <= 50 ms");
        for (var target : bench.targets.entrySet()) {
            String name = target.getKey();
            int capacity = (int) (events + fastRate * (fastSeconds + warmupSeconds)) + 16;
            long mark = bench.logMark(name);
            Run run = open(name, target.getValue(), 1, sockets, capacity);
            settle(run, run.send((int) (fastRate * warmupSeconds), fastRate));
            Deliveries.Summary a = run.measure(name, events, rate);
            bench.results.put(slow, name, latencies(a));
            bench.results.put(String.format("   CPU per frame at %.0f/s, server / client JVM", rate), name, run.cpu);
            CompletableFuture<StackSamples> samples = profile(name, "fanout-" + (int) fastRate + "-per-s");
            Deliveries.Summary b = run.measure(name, (int) (fastRate * fastSeconds), fastRate);
            bench.results.put(fast, name, latencies(b));
            bench.results.put(String.format("   %.0f events/s: to the first socket p50/p99", fastRate), name,
                    String.format("%.1f / %.1f ms", b.firstP50(), b.firstP99()));
            bench.results.put(String.format("   CPU per frame at %.0f/s, server / client JVM", fastRate), name,
                    run.cpu);
            bench.results.put(late, name, String.format("%d of %d (%,d deliveries)", b.incomplete(), b.events(),
                    b.missing()));
            bench.results.put("   deliveries out of order", name, Integer.toString(run.outOfOrder()));
            print(name, "fanout", samples);
            run.close();
            bench.warnings(name, "fanout", mark);
        }
    }

    void manyTenants() throws Exception {
        int tenants = Integer.getInteger("tenants.count", 100);
        int perTenant = Integer.getInteger("tenants.sockets", 100);
        int rate = Integer.getInteger("tenants.rate", 500);
        int seconds = Integer.getInteger("tenants.seconds", 20);
        String row = String.format("3. %d tenants x %d sockets, %d events/s for %d s: p50/p99/max", tenants,
                perTenant, rate, seconds);
        String missing = String.format("   events incomplete / deliveries missing %d s after / out of order",
                grace.toSeconds());
        bench.results.target(row, "p99 <= 250 ms");
        for (var target : bench.targets.entrySet()) {
            String name = target.getKey();
            long mark = bench.logMark(name);
            Run run = open(name, target.getValue(), tenants, perTenant, rate * (seconds + warmupSeconds) + 16);
            settle(run, run.send(rate * warmupSeconds, rate));
            CompletableFuture<StackSamples> samples = profile(name, "tenants");
            Deliveries.Summary s = run.measure(name, rate * seconds, rate);
            print(name, "tenants", samples);
            bench.results.put(row, name, latencies(s));
            bench.results.put("   to the first socket of the tenant p50/p99", name,
                    String.format("%.1f / %.1f ms", s.firstP50(), s.firstP99()));
            bench.results.put("   CPU per frame, server / client JVM", name, run.cpu);
            bench.results.put(missing, name, String.format("%d / %,d / %d", s.incomplete(), s.missing(),
                    run.outOfOrder()));
            run.close();
            bench.warnings(name, "tenants", mark);
        }
    }

    private Run open(String name, Target target, int tenants, int perTenant, int capacity) throws Exception {
        Run run = new Run(tenants, perTenant, capacity);
        run.fleet = new SocketFleet(target, bench.clientThreads, bench.addresses);
        long start = System.nanoTime();
        SocketFleet.Tally tally = run.fleet.open(run.sockets, bench.window, Duration.ofSeconds(300));
        System.out.printf("%n[fanout] %s: %s in %.1f s%n", name, tally, (System.nanoTime() - start) / 1e9);
        if (tally.ready() < run.sockets.size()) {
            System.out.printf("[fanout] %s: not every socket is ready; deliveries to those are counted missing%n",
                    name);
        }
        return run;
    }

    /** Warm-up: waits for its events, not counted. */
    private void settle(Run run, int[] range) throws InterruptedException {
        run.deliveries.await(range[0], range[1], grace);
    }

    /** Thread dumps of realtime-service in the background while the fast run goes out, unless disabled. */
    private CompletableFuture<StackSamples> profile(String name, String label) {
        if (!RealtimeBench.REALTIME.equals(name) || !Boolean.parseBoolean(System.getProperty("profile", "true"))) {
            return CompletableFuture.completedFuture(null);
        }
        ServerProcess server = bench.servers.get(name);
        Path file = bench.logDir.resolve("threads-" + label + ".txt");
        return CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(3000); // once the run is under way
                return StackSamples.take(server, 10, 700, file);
            } catch (Exception e) {
                return null;
            }
        });
    }

    private static void print(String name, String phase, CompletableFuture<StackSamples> samples) {
        StackSamples busy = samples.join();
        if (busy != null) {
            System.out.printf("[%s] %s busy threads while the events went out (10 thread dumps):%n%s%n", phase, name,
                    busy.summary(12));
        }
    }

    private static String latencies(Deliveries.Summary s) {
        String text = String.format("%.1f / %.1f / %.1f ms", s.p50(), s.p99(), s.max());
        return s.incomplete() == 0 ? text : text + " (" + s.incomplete() + " incomplete)";
    }
}
