package com.waplatform.bench.realtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * realtime-service under load, each measurement beside a bare Vert.x fan-out server ({@link BareFanOutServer})
 * measured in the same run with the same JVM flags, on the stack's Kafka and Redis. The benchmark starts both as
 * child JVMs: realtime-service from its built application ({@code -Drealtime.app}) with Keycloak replaced by a
 * key made for the run ({@link TokenSigner}). Measurements ({@code -Dphase=held,fanout,tenants,resume} or all):
 * idle sockets held and heap per socket ({@link HeldSocketsPhase}); time from an event's send to its tenant's last
 * socket, one tenant and many ({@link FanOutPhase}); a resume storm ({@link ResumeStormPhase}). Common options:
 * {@code -Dkafka=127.0.0.1:9092 -Dredis=redis://127.0.0.1:6380 -Dserver.jvm="-Xmx2g -XX:+UseG1GC"
 * -Dtargets=realtime,baseline -Dclient.threads=2 -Dclient.addresses=4 -Dconnect.window=256
 * -Dusers.per-tenant=10 -Dlog.dir=bench/target/realtime-bench -Drealtime.props=key=value,…} (settings of the
 * realtime-service instance on top of the benchmark's).
 */
public final class RealtimeBench implements AutoCloseable {

    static final String REALTIME = "realtime-service";
    static final String BASELINE = "bare Vert.x";

    final String kafka = System.getProperty("kafka", "127.0.0.1:9092");
    final String redis = System.getProperty("redis", "redis://127.0.0.1:6380");
    final List<String> serverJvm = List.of(System.getProperty("server.jvm", "-Xmx2g -XX:+UseG1GC").split("\\s+"));
    final Path logDir = Path.of(System.getProperty("log.dir", "bench/target/realtime-bench"));
    final int clientThreads = Integer.getInteger("client.threads", 2);
    final int window = Integer.getInteger("connect.window", 256);
    final int usersPerTenant = Integer.getInteger("users.per-tenant", 10);
    final List<String> addresses = SocketFleet.loopbackAddresses(Integer.getInteger("client.addresses", 4));
    final TokenSigner signer = new TokenSigner();
    final Map<String, Target> targets = new LinkedHashMap<>();
    final Map<String, ServerProcess> servers = new LinkedHashMap<>();
    final EventProducer producer = new EventProducer(kafka);
    final Results results;
    private final String app = System.getProperty("realtime.app",
            "realtime-service/target/quarkus-app/quarkus-run.jar");
    private final int realtimePort = Integer.getInteger("realtime.port", 18085);

    private RealtimeBench() throws Exception {
        Files.createDirectories(logDir);
        List<String> wanted = List.of(System.getProperty("targets", "realtime,baseline").split(","));
        if (wanted.contains("realtime")) {
            targets.put(REALTIME, Target.realtime(realtimePort, signer::token));
        }
        if (wanted.contains("baseline")) {
            targets.put(BASELINE, Target.baseline(Integer.getInteger("baseline.port", 18095)));
        }
        results = new Results(new ArrayList<>(targets.keySet()));
    }

    public static void main(String[] args) throws Exception {
        List<String> phases = List.of(System.getProperty("phase", "all").split(","));
        try (RealtimeBench bench = new RealtimeBench()) {
            bench.header();
            if (bench.targets.containsKey(REALTIME)) {
                bench.startRealtime(Map.of());
            }
            if (bench.targets.containsKey(BASELINE)) {
                bench.servers.put(BASELINE, ServerProcess.start("bare-vertx", bench.serverJvm, List.of("-cp",
                        System.getProperty("java.class.path"), BareFanOutServer.class.getName(),
                        Integer.toString(bench.targets.get(BASELINE).port()), bench.kafka),
                        "http://127.0.0.1:" + bench.targets.get(BASELINE).port() + "/ready", bench.logDir));
            }
            bench.servers.forEach((name, s) -> System.out.printf("%s: pid %d, log %s%n", name, s.pid(), s.log));
            boolean all = phases.contains("all");
            if (all || phases.contains("held")) {
                new HeldSocketsPhase(bench).run();
            }
            if (all || phases.contains("fanout")) {
                new FanOutPhase(bench).oneTenant();
            }
            if (all || phases.contains("tenants")) {
                new FanOutPhase(bench).manyTenants();
            }
            if (all || phases.contains("resume")) {
                new ResumeStormPhase(bench).run();
            }
            System.out.println();
            System.out.println(bench.results.table());
        }
        System.exit(0);
    }

    /** (Re)starts the realtime-service instance, with {@code overrides} on top of the benchmark's settings. */
    void startRealtime(Map<String, String> overrides) throws Exception {
        ServerProcess running = servers.remove(REALTIME);
        if (running != null) {
            running.close();
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.port", Integer.toString(realtimePort));
        props.put("kafka.bootstrap.servers", kafka);
        props.put("quarkus.redis.hosts", redis);
        // no Keycloak: tokens are verified with the benchmark's public key only (no discovery, no key download)
        props.put("quarkus.oidc.auth-server-url", "");
        props.put("quarkus.oidc.public-key", signer.publicKey());
        props.put("realtime.sockets.per-user", "1000000");
        props.put("realtime.sockets.per-tenant", "1000000");
        props.put("quarkus.shutdown.delay", "1s");
        props.put("quarkus.log.console.json.enabled", "false"); // plain lines: warnings are counted in its log
        // -Drealtime.props=key=value,key=value: more settings of the instance (to try one, say)
        for (String setting : System.getProperty("realtime.props", "").split(",")) {
            if (setting.contains("=")) {
                props.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        props.putAll(overrides);
        List<String> jvm = new ArrayList<>(serverJvm);
        props.forEach((k, v) -> jvm.add("-D" + k + "=" + v));
        ServerProcess started = ServerProcess.start(REALTIME, jvm, List.of("-jar", app),
                "http://127.0.0.1:" + realtimePort + "/q/health/ready", logDir);
        servers.put(REALTIME, started);
        if (!overrides.isEmpty()) {
            System.out.printf("%s restarted with %s: pid %d%n", REALTIME, overrides, started.pid());
        }
    }

    /** Where the server's log is now (see {@link #warnings}). */
    long logMark(String server) throws java.io.IOException {
        return servers.get(server).logLength();
    }

    /** Prints what the server warned about since {@code mark}, grouped. */
    void warnings(String server, String phase, long mark) throws java.io.IOException {
        System.out.printf("[%s] %s warnings in its log meanwhile: %s%n", phase, server,
                servers.get(server).warningsSince(mark));
    }

    /** Fresh tenant ids (each measurement has its own tenants, so that nothing of another reaches its sockets). */
    static List<String> tenants(int count) {
        return Arrays.stream(new String[count]).map(x -> UUID.randomUUID().toString()).toList();
    }

    /** The user of a socket: {@code users.per-tenant} users per tenant, each with a stable id. */
    String user(String tenantId, int socket) {
        return UUID.nameUUIDFromBytes((tenantId + "/" + socket % usersPerTenant).getBytes()).toString();
    }

    private void header() throws Exception {
        String limit = Files.readAllLines(Path.of("/proc/self/limits")).stream()
                .filter(l -> l.startsWith("Max open files")).map(l -> l.replaceAll("\\s+", " ")).findFirst()
                .orElse("?");
        System.out.printf("realtime-service benchmark, %d CPUs, server JVMs %s; %s (per process: each server holds "
                + "at most that many sockets, the clients of the held sockets are split over several JVMs)%n",
                Runtime.getRuntime().availableProcessors(), serverJvm, limit);
        System.out.printf("application %s, Kafka %s, Redis %s, client %d event loops over %s; load average %s%n",
                app, kafka, redis, clientThreads, addresses, Files.readString(Path.of("/proc/loadavg")).strip());
    }

    @Override
    public void close() {
        producer.close();
        servers.values().forEach(ServerProcess::close);
    }
}
