package com.waplatform.bench.realtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 1. Idle sockets held: {@code -Dsockets} (19,000) sockets over {@code -Dheld.tenants} (100) tenants, opened by
 * helper JVMs ({@link SocketHolder}, at most {@code -Dclient.sockets-per-process} (10,000) sockets each, each on
 * its own source addresses). Once every socket is ready (realtime-service: its hello arrived; baseline: open) the
 * server's heap after a full GC is compared with the one before: heap per socket (target ≤ 20 KB).
 */
final class HeldSocketsPhase {

    private final RealtimeBench bench;
    private final int sockets = Integer.getInteger("sockets", 19_000);
    private final int tenants = Integer.getInteger("held.tenants", 100);
    private final int perProcess = Integer.getInteger("client.sockets-per-process", 10_000);

    HeldSocketsPhase(RealtimeBench bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        String row = String.format("1. idle sockets held (%,d over %d tenants, %d client JVMs)", sockets, tenants,
                (sockets + perProcess - 1) / perProcess);
        bench.results.target(row, "all");
        bench.results.target("   heap after GC per socket", "<= 20 KB");
        for (var entry : bench.targets.entrySet()) {
            hold(entry.getKey(), entry.getValue(), bench.servers.get(entry.getKey()), row);
        }
    }

    private void hold(String name, Target target, ServerProcess server, String row) throws Exception {
        System.out.printf("%n[held] %s: %,d idle sockets…%n", name, sockets);
        Path plan = bench.logDir.resolve("held-" + (target.realtime() ? "realtime" : "baseline") + ".plan");
        try (Writer out = Files.newBufferedWriter(plan)) {
            for (String tenant : RealtimeBench.tenants(tenants)) {
                for (int u = 0; u < bench.usersPerTenant; u++) {
                    String user = bench.user(tenant, u);
                    out.write(tenant + " " + user + " " + (target.realtime() ? bench.signer.token(tenant, user) : "-")
                            + "\n");
                }
            }
        }
        long mark = server.logLength();
        long heapBefore = server.heapAfterGcKb();
        Map<String, long[]> classesBefore = histogram(server, "before");
        long rssBefore = server.rssKb();
        long start = System.nanoTime();
        List<Process> holders = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        int addressesEach = Math.max(1, bench.addresses.size() / ((sockets + perProcess - 1) / perProcess));
        for (int first = 0, k = 0; first < sockets; first += perProcess, k++) {
            int count = Math.min(perProcess, sockets - first);
            List<String> addresses = SocketFleet.loopbackAddresses(addressesEach * (k + 1)).subList(addressesEach * k,
                    addressesEach * (k + 1));
            Process holder = new ProcessBuilder(ServerProcess.java("java"), "-Xmx1g", "-XX:+UseG1GC",
                    "-Dclient.threads=" + bench.clientThreads, "-Dconnect.window=" + bench.window,
                    "-cp", System.getProperty("java.class.path"), SocketHolder.class.getName(),
                    Integer.toString(target.port()), target.realtime() ? "realtime" : "baseline", plan.toString(),
                    Integer.toString(count), Integer.toString(first), String.join(",", addresses))
                    .redirectError(ProcessBuilder.Redirect.appendTo(bench.logDir.resolve("holders.log").toFile()))
                    .start();
            holders.add(holder);
            outputs.add(new BufferedReader(new InputStreamReader(holder.getInputStream())));
        }
        int ready = 0;
        List<String> tallies = new ArrayList<>();
        for (BufferedReader output : outputs) {
            String line = awaitLine(output, "READY ");
            String[] parts = line.split(" ", 7);
            ready += Integer.parseInt(parts[1]);
            tallies.add(parts[6]);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = server.heapAfterGcKb();
        long rssAfter = server.rssKb();
        long fds = server.openFiles();
        System.out.printf("[held] %s: %s in %.1f s; heap after GC %,d KB -> %,d KB, RSS %,d KB -> %,d KB, server "
                + "open files %,d%n", name, tallies, seconds, heapBefore, heapAfter, rssBefore, rssAfter, fds);
        bench.results.put(row, name, String.format("%,d ready", ready) + (ready < sockets ? " (" + String.join("; ",
                tallies) + ")" : ""));
        bench.results.put("   time until all ready", name, String.format("%.1f s (%.0f/s)", seconds, ready / seconds));
        bench.results.put("   heap after GC, before -> with the sockets", name,
                String.format("%,d -> %,d MB", heapBefore / 1024, heapAfter / 1024));
        bench.results.put("   heap after GC per socket", name,
                String.format("%.1f KB", ready == 0 ? Double.NaN : (heapAfter - heapBefore) / (double) ready));
        bench.results.put("   resident memory per socket (RSS, not GC'd)", name,
                String.format("%.1f KB", ready == 0 ? Double.NaN : (rssAfter - rssBefore) / (double) ready));
        bench.results.put("   server open files (limit per process)", name, String.format("%,d", fds));
        perSocket(name, classesBefore, histogram(server, "held"), Math.max(1, ready));
        bench.warnings(name, "held", mark);
        for (Process holder : holders) {
            holder.getOutputStream().write("close\n".getBytes());
            holder.getOutputStream().flush();
        }
        for (int i = 0; i < holders.size(); i++) {
            awaitLine(outputs.get(i), "CLOSED");
            holders.get(i).waitFor();
        }
    }

    /** Live objects by class (instances, bytes), from {@code jcmd GC.class_histogram}; saved in the log dir. */
    private Map<String, long[]> histogram(ServerProcess server, String label) throws IOException, InterruptedException {
        String histogram = server.jcmd("GC.class_histogram");
        Files.writeString(bench.logDir.resolve("histogram-" + label + "-" + server.name + ".txt"), histogram);
        Map<String, long[]> classes = new HashMap<>();
        for (String line : histogram.lines().toList()) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return classes;
    }

    /** What each held socket added to the heap, by class: the 12 largest (bytes and instances per socket). */
    private static void perSocket(String name, Map<String, long[]> before, Map<String, long[]> after, int sockets) {
        System.out.printf("[held] %s live heap added per socket, by class (top 12):%n", name);
        after.entrySet().stream().map(e -> {
            long[] was = before.getOrDefault(e.getKey(), new long[2]);
            return Map.entry(e.getKey(), new double[] {(e.getValue()[1] - was[1]) / (double) sockets,
                    (e.getValue()[0] - was[0]) / (double) sockets});
        }).sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(12).forEach(e -> System.out
                .printf("    %7.0f B  %5.1f x  %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
    }

    /** Reads the holder's output up to the line starting with {@code prefix}. */
    private static String awaitLine(BufferedReader output, String prefix) throws IOException {
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("a socket holder ended before printing " + prefix.strip()
                + " (see holders.log)");
    }
}
