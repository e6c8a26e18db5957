package com.waplatform.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The chart's environment is the services' environment, proved by running them: the chart is rendered for
 * production with values pointing at the local stack's PostgreSQL, Kafka, Redis and Keycloak, and each service's jar
 * is started with exactly the environment of its rendered container (nothing inherited; only the HTTP port is
 * another free one, so that it runs beside anything already on this machine): the migration Jobs finish, and every
 * service becomes ready (the Jobs side by side, then the services side by side, as a release starts them). The
 * secrets are the local stack's dev ones, which {@code ./stack test} sets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChartEnvironmentStartTest {

    private static Rendering rendering;

    @BeforeAll
    static void render() {
        assumeTrue(System.getenv("CREDENTIALS_KEY") != null,
                "the local stack's dev secrets are not set: run through ./stack test (or after dev_secrets_env)");
        HelmChart chart = HelmChart.withDefaults()
                .set("global.environment", "production")
                .set("global.publicUrl", "https://wa.example.test")
                .set("kafka.bootstrapServers", env("KAFKA_BOOTSTRAP_SERVERS"))
                .set("redis.url", env("REDIS_URL"))
                .set("keycloak.url", env("KEYCLOAK_URL"))
                .set("providers.graphApiBaseUrl", env("GRAPH_API_BASE_URL"))
                .set("providers.evolutionApiUrl", env("EVOLUTION_API_URL"))
                .set("media.path", Path.of("target/chart-environment/media").toAbsolutePath().toString())
                .set("secrets.credentialsKey", env("CREDENTIALS_KEY"))
                .set("secrets.automationSigningKey", env("AUTOMATION_SIGNING_KEY"))
                .set("secrets.tenantServiceClientSecret", env("TENANT_SERVICE_CLIENT_SECRET"))
                .set("secrets.sessionServiceClientSecret", env("SESSION_SERVICE_CLIENT_SECRET"))
                .set("secrets.messageServiceClientSecret", env("MESSAGE_SERVICE_CLIENT_SECRET"))
                .set("secrets.gatewayClientSecret", env("GATEWAY_CLIENT_SECRET"))
                .set("secrets.metaPlatformAppSecret", env("META_PLATFORM_APP_SECRET"))
                .set("secrets.metaPlatformVerifyToken", env("META_PLATFORM_VERIFY_TOKEN"))
                .set("secrets.evolutionApiKey", env("EVOLUTION_API_KEY"));
        for (String db : List.of("tenant", "session", "message")) {
            chart.set("database." + db + ".url", "postgresql://127.0.0.1:5432/wa_" + db)
                    .set("secrets." + db + "DbAppPassword", env("DB_APP_PASSWORD"))
                    .set("secrets." + db + "DbOwnerPassword", env("DB_OWNER_PASSWORD"));
        }
        rendering = chart.render();
    }

    @Test
    @Order(1)
    void theMigrationJobsFinish() throws Exception {
        List<ServiceProcess> jobs = new ArrayList<>();
        try {
            for (String service : List.of("tenant-service", "session-service", "message-service")) {
                Job job = rendering.get("Job", service + "-migrate").as(Job.class);
                jobs.add(ServiceProcess.start(service, service + "-migrate",
                        RenderedEnvironment.of(rendering, container(job.getSpec().getTemplate().getSpec())),
                        "QUARKUS_HTTP_PORT"));
            }
            for (ServiceProcess job : jobs) {
                assertEquals(0, job.exitCode(180), () -> job.name() + " failed:\n" + job.tail());
            }
        } finally {
            ServiceProcess.stopAll(jobs);
        }
    }

    @Test
    @Order(2)
    void everyServiceBecomesReady() throws Exception {
        List<ServiceProcess> services = new ArrayList<>();
        try {
            for (String service : List.of("tenant-service", "session-service", "message-service", "webhook-gateway",
                    "realtime-service")) {
                PodSpec pod = rendering.deployment(service).getSpec().getTemplate().getSpec();
                services.add(ServiceProcess.start(service, service, RenderedEnvironment.of(rendering, container(pod)),
                        "QUARKUS_HTTP_PORT"));
            }
            for (ServiceProcess service : services) {
                assertTrue(service.becomesReady(180), () -> service.name() + " did not become ready:\n"
                        + service.tail());
            }
        } finally {
            ServiceProcess.stopAll(services);
        }
    }

    @Test
    @Order(3)
    void aServiceWithoutASettingItCannotGoWithoutDoesNotStart() throws Exception {
        PodSpec pod = rendering.deployment("session-service").getSpec().getTemplate().getSpec();
        Map<String, String> environment = new TreeMap<>(RenderedEnvironment.of(rendering, container(pod)));
        assertTrue(environment.remove("CREDENTIALS_KEY") != null);
        try (ServiceProcess process = ServiceProcess.start("session-service", "session-service-without-key",
                environment, "QUARKUS_HTTP_PORT")) {
            assertNotEquals(0, process.exitCode(120), "session-service started without its credentials key");
            assertTrue(process.tail().contains("credentials.key"), process.tail());
        }
    }

    private static Container container(PodSpec pod) {
        return pod.getContainers().get(0);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        assertTrue(value != null && !value.isBlank(), name + " is not set (./stack test sets the local stack's)");
        return value;
    }
}
