package com.waplatform.helm;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's jar (its module's {@code target/quarkus-app}) started with exactly the given environment, nothing
 * inherited from this JVM; its output in {@code target/chart-environment/<name>.log}.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** {@code portVariable}: the variable of the HTTP port, given a free port here (null: none). */
    static ServiceProcess start(String module, String name, Map<String, String> environment, String portVariable)
            throws IOException {
        Path jar = ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is not built (./mvnw install builds the services before the chart)");
        }
        Path log = Path.of("target/chart-environment").toAbsolutePath().resolve(name + ".log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        int port = -1;
        if (portVariable != null) {
            port = freePort();
            builder.environment().put(portVariable, String.valueOf(port));
        }
        return new ServiceProcess(name, builder.start(), log, port);
    }

    /** Whether /q/health/ready answers 200 within the time (false at once if the process ends). */
    boolean becomesReady(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    String name() {
        return name;
    }

    int exitCode(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("still running after " + seconds + " s:\n" + tail());
        }
        return process.exitValue();
    }

    /** The last lines of its output. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops it at once (how it stops is not what these tests look at). */
    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    static void stopAll(List<ServiceProcess> processes) throws InterruptedException {
        for (ServiceProcess process : processes) {
            process.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
