package com.waplatform.bench.realtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A server under test run as a child JVM (its output in a log file): started, waited for until its readiness URL
 * answers 200, looked at from outside (heap after a full GC with jcmd, resident memory, thread dumps) and stopped.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    private final Process process;
    public final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Runs {@code java <jvmOptions> <arguments>} and waits until {@code readyUrl} answers 200. */
    public static ServerProcess start(String name, List<String> jvmOptions, List<String> arguments, String readyUrl,
            Path logDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java("java")));
        command.addAll(jvmOptions);
        command.addAll(arguments);
        Path log = logDir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "-") + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // the stack's settings in this shell must not reach the instance: it is configured by its command line only
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("OIDC_")
                || k.startsWith("KAFKA_") || k.startsWith("REDIS_"));
        ServerProcess[] started = new ServerProcess[1];
        // registered first: when this JVM is already stopping it throws, and no server is left behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (started[0] != null) {
                started[0].close();
            }
        }));
        ServerProcess server = new ServerProcess(name, builder.start(), log);
        started[0] = server;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!ready(readyUrl)) {
            if (!server.process.isAlive() || System.nanoTime() > deadline) {
                server.close();
                throw new IllegalStateException(name + " did not start; see " + log);
            }
            Thread.sleep(250);
        }
        return server;
    }

    private static boolean ready(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    /** Used heap (KB) right after two full collections in the server. */
    long heapAfterGcKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd GC.heap_info of " + name);
        }
        return Long.parseLong(used.group(1));
    }

    /** Resident memory of the server process (KB), from /proc. */
    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** CPU time (user + system, ms) the process {@code pid} has used so far, from /proc (100 ticks a second). */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** Open file descriptors of the server process. */
    long openFiles() throws IOException {
        try (var fds = Files.list(Path.of("/proc", Long.toString(pid()), "fd"))) {
            return fds.count();
        }
    }

    /** How much the server has logged so far (bytes), to look at what it logs from here on. */
    long logLength() throws IOException {
        return Files.size(log);
    }

    /** The WARN and ERROR lines logged since {@code from} (a {@link #logLength}), by logger and message start. */
    String warningsSince(long from) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            long[] at = {0};
            lines.forEach(line -> {
                if (at[0] >= from && (line.contains(" WARN ") || line.contains(" ERROR "))) {
                    String text = line.replaceFirst("^\\S+\\s+", "").replaceFirst("\\(.*?\\) ", "")
                            .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
                    counts.merge(text.substring(0, Math.min(110, text.length())), 1, Integer::sum);
                }
                at[0] += line.length() + 1;
            });
        }
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getValue() + " x " + e.getKey())
                .collect(Collectors.joining("\n      "));
    }

    /** Output of {@code jcmd <pid> <command…>}. */
    String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(java("jcmd"), Long.toString(pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** A tool of the JDK running this benchmark (its bin directory), else from the PATH. */
    static String java(String tool) {
        Path own = Path.of(System.getProperty("java.home"), "bin", tool);
        return Files.isExecutable(own) ? own.toString() : tool;
    }

    /** Stops the server (SIGTERM; killed after 20 s). */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
