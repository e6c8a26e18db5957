package com.waplatform.bench.reports;

import com.waplatform.bench.realtime.ServerProcess;
import com.waplatform.bench.realtime.TokenSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * message-service's tenant reports over a month for a tenant with many messages (10 million by default), each timed
 * beside the same report of a small tenant and a plain list of quick replies, in the same run. It starts its own
 * message-service (from {@code -Dapp}, port 18083, Keycloak replaced by a key made for the run, no Kafka) on its
 * own database ({@code -Ddb}, created beforehand: see bench/README.md), seeds both tenants with SQL
 * ({@link ReportSeed}), waits until the service's tally job has counted every seeded message, then calls each
 * endpoint {@code -Dcalls} times and prints p50/p99. Options: -Dmessages=10000000 -Dsmall.messages=10000
 * -Dper.conversation=40 -Dcalls=100 -Dseed=true (false: reuse the last seed) -Ddb=wa_message_bench.
 */
public final class ReportsBench {

    static final String LARGE = "bench-reports-large";
    static final String SMALL = "bench-reports-small";

    private ReportsBench() {
    }

    public static void main(String[] args) throws Exception {
        long messages = Long.getLong("messages", 10_000_000L);
        long small = Long.getLong("small.messages", 10_000L);
        int perConversation = Integer.getInteger("per.conversation", 40);
        int calls = Integer.getInteger("calls", 100);
        int port = Integer.getInteger("port", 18083);
        String db = System.getProperty("db", "wa_message_bench");
        String app = System.getProperty("app", "message-service/target/reports-bench/quarkus-run.jar");
        Path logDir = Files.createDirectories(Path.of(System.getProperty("log.dir", "bench/target/reports-bench")));
        LocalDate to = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        LocalDate from = to.minusDays(29);
        TokenSigner signer = new TokenSigner();

        try (ServerProcess service = ServerProcess.start("message-service", List.of("-Xmx512m"),
                serviceArguments(app, db, port, signer, logDir), "http://127.0.0.1:" + port + "/q/openapi",
                logDir);
                Connection sql = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db,
                        "wa_message_owner", System.getProperty("db.password", "dev-only-password"))) {
            try (Statement s = sql.createStatement()) {
                s.execute("select set_config('app.bypass_rls', 'on', false)");
            }
            ReportSeed seed = new ReportSeed(sql, from, to, perConversation);
            if (Boolean.parseBoolean(System.getProperty("seed", "true"))) {
                seed.tenant(SMALL, small);
                seed.tenant(LARGE, messages);
                long waited = seed.awaitTallied();
                System.out.printf("service's tally job caught up with the seeded messages %.1f s after the seed%n",
                        waited / 1000.0);
            }
            // also after a reused seed: the instance's migrations may have rewritten the tables since
            seed.analyze();
            System.out.printf("rows: %s%n", counts(sql));

            String base = "http://127.0.0.1:" + port;
            String period = "?from=" + from + "&to=" + to;
            Map<String, String> reports = new LinkedHashMap<>();
            for (String report : List.of("messages", "conversations", "statuses")) {
                reports.put(report, "/api/reports/" + report + period);
            }
            Timer timer = new Timer(HttpClient.newHttpClient(), base, calls);
            System.out.printf("%n%d calls each, one after the other, period %s..%s (30 days)%n", calls, from, to);
            System.out.printf("%-44s %14s %10s %10s%n", "endpoint", "tenant", "p50 ms", "p99 ms");
            for (Map.Entry<String, String> report : reports.entrySet()) {
                for (String tenant : List.of(LARGE, SMALL)) {
                    double[] p = timer.time(report.getValue(), signer.token(tenant, "admin-" + tenant,
                            "tenant-admin"));
                    System.out.printf("%-44s %14s %10.1f %10.1f%n", "GET /api/reports/" + report.getKey(),
                            tenant.equals(LARGE) ? "large" : "small", p[0], p[1]);
                }
            }
            double[] baseline = timer.time("/api/quick-replies", signer.token(LARGE, "admin-" + LARGE,
                    "tenant-admin"));
            System.out.printf("%-44s %14s %10.1f %10.1f%n", "baseline: GET /api/quick-replies", "large",
                    baseline[0], baseline[1]);
            System.out.println("service log: " + service.log);
        }
    }

    /** The instance: its own port and database, the run's key instead of Keycloak, no broker, no workers. */
    private static List<String> serviceArguments(String app, String db, int port, TokenSigner signer, Path logDir) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.port", Integer.toString(port));
        props.put("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:5432/" + db);
        props.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + db);
        props.put("db.app-password", "dev-only-password");
        props.put("db.owner-password", "dev-only-password");
        props.put("quarkus.flyway.migrate-at-start", "true");
        props.put("quarkus.oidc.auth-server-url", "");
        props.put("quarkus.oidc.public-key", signer.publicKey());
        props.put("quarkus.oidc-client.credentials.secret", "dev-only-message-service-secret");
        // nothing listens there: the instance takes no record of the stack's topics and publishes none
        props.put("kafka.bootstrap.servers", "127.0.0.1:1");
        props.put("automation.signing-key", "6465762d6f6e6c792d6175746f6d6174696f6e2d7369676e696e672d6b6579212121");
        props.put("automation.enabled", "false");
        props.put("media.enabled", "false");
        props.put("media.storage-path", logDir.resolve("media").toString());
        props.put("rate-limit.per-user", "1000000");
        props.put("quarkus.log.console.json.enabled", "false");
        props.put("quarkus.shutdown.delay", "1s");
        for (String setting : System.getProperty("service.props", "").split(",")) {
            if (setting.contains("=")) {
                props.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        List<String> arguments = new ArrayList<>();
        props.forEach((k, v) -> arguments.add("-D" + k + "=" + v));
        arguments.addAll(List.of("-jar", app));
        return arguments;
    }

    private static String counts(Connection sql) throws Exception {
        List<String> out = new ArrayList<>();
        for (String table : List.of("message", "conversation_episode", "message_tally", "message_tally_change")) {
            try (Statement s = sql.createStatement();
                    ResultSet r = s.executeQuery("select tenant_id, count(*) from " + table
                            + " group by tenant_id order by 1")) {
                while (r.next()) {
                    out.add(table + "[" + r.getString(1) + "]=" + r.getLong(2));
                }
            }
        }
        return String.join(", ", out);
    }

    /** Calls one endpoint with a token: a few warm-up calls, then {@code calls} timed ones; {p50, p99} in ms. */
    record Timer(HttpClient http, String base, int calls) {

        double[] time(String path, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).build();
            for (int i = 0; i < 5; i++) {
                call(request);
            }
            double[] millis = new double[calls];
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                call(request);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return new double[] {millis[(int) Math.floor(0.50 * (calls - 1))],
                    millis[(int) Math.ceil(0.99 * (calls - 1))]};
        }

        private void call(HttpRequest request) throws Exception {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        }
    }
}
