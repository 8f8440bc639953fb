package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.events.ConsumerKind;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Answers;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.pipeline.PipelineEvents;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The README's run command itself: {@code ./mesh up --demo --detach} starts Kafka and the services, the demo's
 * results are visible, {@code ./mesh down} leaves no process and no open port behind, and a restart answers as
 * before: lineage from its kept local state, the catalog and quality after theirs was deleted. With Prometheus and
 * Alertmanager installed ({@code --monitoring}), the alert rules run on the demo in the real binaries.
 */
class MeshScriptTests {

    @Test
    void upWithTheDemoThenDownThenUpAgainAnswersAsBeforeWithKeptOrDeletedState(@TempDir Path home) throws Exception {
        int kafka = MeshProcesses.freePort(), controller = MeshProcesses.freePort();
        int catalog = MeshProcesses.freePort(), lineage = MeshProcesses.freePort(), quality = MeshProcesses.freePort();
        int console = MeshProcesses.freePort();
        int prometheus = MeshProcesses.freePort(), alertmanager = MeshProcesses.freePort();
        boolean monitoring = LocalMonitoring.available();
        Map<String, String> env = new HashMap<>(Map.of(
                "MESH_HOME", home.toString(),
                "MESH_KAFKA_PORT", Integer.toString(kafka),
                "MESH_CONTROLLER_PORT", Integer.toString(controller),
                "MESH_CATALOG_PORT", Integer.toString(catalog),
                "MESH_LINEAGE_PORT", Integer.toString(lineage),
                "MESH_QUALITY_PORT", Integer.toString(quality),
                "MESH_CONSOLE_PORT", Integer.toString(console),
                "MESH_PROMETHEUS_PORT", Integer.toString(prometheus),
                "MESH_ALERTMANAGER_PORT", Integer.toString(alertmanager),
                "MESH_JAVA_OPTS", String.join(" ", MeshProcesses.SHORT_LIVED_JVM)));
        env.put("MESH_KAFKA_OPTS", String.join(" ", MeshProcesses.SHORT_LIVED_JVM));
        try {
            assertThat(
                            monitoring
                                    ? mesh(env, home, "up", "--demo", "--monitoring", "--detach")
                                    : mesh(env, home, "up", "--demo", "--detach"))
                    .isZero();
            DemoOutcomes.verify(
                    new Api(catalog),
                    new Api(lineage),
                    new Api(quality),
                    "localhost:" + kafka,
                    Duration.ofSeconds(150));
            DemoOutcomes.verifyQualityAlerts(new Api(catalog), "localhost:" + kafka, Duration.ofSeconds(30));
            MetricsContract.verify(List.of(catalog, lineage, quality));
            assertThat(MetricsContract.scrape(quality))
                    .as("a failing KPI's series, labelled with its owning domain for alert routing")
                    .contains("meshgov_quality_kpi_status{domain=\"sales\",kpi=\"completeness\","
                            + "product=\"top-10-customers\",status=\"FAILING\",version=\"2.1.0\"} 1.0");
            ConsoleOutcomes.verifyTheStory(new Api(console));
            LocalMonitoring alerting = new LocalMonitoring(new Api(prometheus), new Api(alertmanager));
            if (monitoring) theAnalystsSunsetAlertFires(alerting);
            else System.out.println("no Prometheus here: the rules were not evaluated against the demo");
            // the analyst migrates: in the console when there is a browser (its walk ends with her move), else as
            // her pipeline would
            if (ConsoleInBrowser.available()) {
                System.out.println("console in Chromium: " + ConsoleInBrowser.walkTheStory(console));
            } else if (monitoring) {
                theAnalystRegistersTo30("localhost:" + kafka);
            }
            if (monitoring) theAnalystsSunsetAlertResolves(alerting);
            Map<Api, String> paths = Map.of(
                    new Api(catalog), "/api/products/top-10-customers",
                    new Api(lineage), "/api/lineage/products/top-10-customers/versions/2.1/impact",
                    new Api(quality), "/api/quality/products/top-10-customers/compare?versions=2.1,3.0");
            Map<Api, JsonNode> before = new HashMap<>();
            paths.forEach((api, path) -> before.put(api, settled(api, path)));

            // self-service onboarding on the local broker (no authorizer): topics only, and idempotent
            assertThat(mesh(env, home, "domain", "add", "logistics")).isZero();
            assertThat(mesh(env, home, "domain", "add", "logistics")).isZero();
            assertThat(Files.readString(home.resolve("mesh-script.log")))
                    .contains(
                            "topic mesh.logistics.products: created (4 partitions, retention.ms=-1)",
                            "topic mesh.logistics.products: already there",
                            "the broker has no authorizer (a local broker): no principal or ACLs needed");

            ConsoleOutcomes.verifyTheCatalogGone(new Api(console), home);
            assertThat(mesh(env, home, "down")).isZero();
            assertThat(List.of(kafka, catalog, lineage, quality, console))
                    .allSatisfy(port -> assertThat(listening(port))
                            .as("port %d after down", port)
                            .isFalse());
            try (var pids = Files.list(home.resolve("run"))) {
                assertThat(pids).as("pid files after down").isEmpty();
            }

            // one restart for both cases: lineage restarts on its kept local state; the catalog's and quality's
            // state is deleted while stopped (reliability scenario 7) and rebuilt from changelogs and topics
            deleteRecursively(home.resolve("state").resolve("catalog-service"));
            deleteRecursively(home.resolve("state").resolve("quality-service"));
            assertThat(home.resolve("state").resolve("lineage-service")).isNotEmptyDirectory();
            assertThat(mesh(env, home, "up", "--detach")).isZero();
            await().atMost(Duration.ofSeconds(90))
                    .untilAsserted(() -> paths.forEach((api, path) ->
                            assertThat(Answers.content(api, path)).as(path).isEqualTo(before.get(api))));
        } finally {
            mesh(env, home, "down");
        }
    }

    private static final String CONSUMER_ALERT = "MeshgovConsumerOnDeprecatedVersion";

    /**
     * The rules on the demo, in a real Prometheus: the analyst still on 2.1, five days before its sunset, fires the
     * per-consumer alert, which Alertmanager routes to her domain's receiver.
     */
    private static void theAnalystsSunsetAlertFires(LocalMonitoring monitoring) {
        String alert = CONSUMER_ALERT;
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> monitoring.firing(alert, "consumer", "jane.analyst"));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> monitoring.received(alert, "consumer", "jane.analyst", "finance"));
        assertThat(monitoring.firing(alert, "consumer", "sales-dashboard"))
                .as("the dashboard migrated in the demo")
                .isFalse();
    }

    private static void theAnalystRegistersTo30(String bootstrap) {
        try (Domains finance = new Domains(bootstrap)) {
            finance.publish(
                    "finance",
                    PipelineEvents.consumer("jane.analyst", MeshFixtures.TOP_10, "3.0")
                            .occurredAt(Instant.now())
                            .kind(ConsumerKind.HUMAN)
                            .purpose("credit-risk review of key accounts")
                            .contact("jane.analyst@acmeco.example")
                            .registered());
        }
    }

    /** Once she is on 3.0, her alert resolves in the catalog, then in Prometheus. */
    private static void theAnalystsSunsetAlertResolves(LocalMonitoring monitoring) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> !monitoring.firing(CONSUMER_ALERT, "consumer", "jane.analyst"));
    }

    private static int mesh(Map<String, String> env, Path home, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(
                                Stream.of(MeshProcesses.ROOT.resolve("mesh").toString()), Arrays.stream(args))
                        .toList())
                .directory(MeshProcesses.ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("mesh-script.log").toFile()));
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment()
                .put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./mesh " + String.join(" ", args) + " did not finish");
        }
        return process.exitValue();
    }

    /** The answer once two reads a few seconds apart agree: the demo's late effects have landed. */
    private static JsonNode settled(Api api, String path) {
        JsonNode[] last = {Answers.content(api, path)};
        await().atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ofSeconds(3))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    JsonNode current = Answers.content(api, path);
                    boolean settled = current.equals(last[0]);
                    last[0] = current;
                    return settled;
                });
        return last[0];
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(file);
        }
        assertThat(dir).doesNotExist();
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
