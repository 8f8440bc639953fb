package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.cli.Health;
import io.meshgov.cli.TopicSetup;
import io.meshgov.kit.test.Answers;
import io.meshgov.kit.test.Api;
import io.meshgov.mesh.Topics;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Reliability scenarios 1, 5 and 6 (docs/reliability.md) in one run, since each needs the whole mesh as processes
 * under load and a clean replay to compare with. Apache Kafka's broker runs as its own process; the services run
 * from their jars, each as two instances of one group. While a synthetic mesh is published:
 *
 * <ol>
 *   <li>once the load flows, the broker is stopped and started again: every service reports DOWN, then UP without being touched;
 *   <li>five times a service process is killed with SIGKILL while the load flows (after waiting up to 20 s for input) and
 *       restarted on its local state.
 * </ol>
 *
 * Afterwards every acknowledged event is on its topic exactly once; both instances of each service and a clean
 * replay (fresh application ids, state and changelogs, from offset 0) give the same digest of every API
 * answer; every alert, violation and quality status event id is on its output topic once, read as committed. Then
 * one instance of each service is killed again, all three at once, while both are queried: every answer is the settled one or a 503
 * with Retry-After, never another.
 *
 * <p>Size: {@code -Dmeshgov.faults.scale} (default 0.01: ~11k events; the {@code long-faults} profile runs 0.1:
 * ~114k) published at {@code -Dmeshgov.faults.rate} events/s.
 */
@Isolated // alone: its kills are timed against a load that other classes' processes would slow unevenly
class FaultInjectionTests {

    /**
     * Of the five kills, at least this many must land while input is waiting and new events arrive: the publisher
     * pauses at the migrations barrier until every group has caught up, which restarting victims delay, and the
     * measurements that follow carry no input for the catalog, so a late catalog kill can find no flowing load.
     */
    private static final int MIN_KILLS_UNDER_LOAD = 2;

    /**
     * The publisher's rate from the broker's restart until the last kill whose input is the catalog's phases (products,
     * consumers and what the catalog accepts of them): slow enough that those phases outlast the first three kills on
     * any machine. The quality kills then find the measurements flowing at full rate.
     */
    private static final int KILL_PHASE_RATE = 100;

    private static final String LAST_CATALOG_FED_VICTIM = "catalog-2";

    private static final List<String> INSTANCES =
            List.of("catalog", "catalog-2", "lineage", "lineage-2", "quality", "quality-2");
    private static final Map<String, List<String>> POLLED = Map.of(
            "catalog",
            List.of(
                    "/api/products?size=100&page=0",
                    "/api/products/product-0",
                    "/api/products/product-1",
                    "/api/alerts?size=100&page=0",
                    "/api/violations?size=100&page=0",
                    "/api/domains"),
            "lineage",
            List.of(
                    "/api/lineage/products/product-0",
                    "/api/lineage/products/product-1?direction=DOWNSTREAM&depth=6",
                    "/api/lineage/products/product-0/versions/1.0/impact"),
            "quality",
            List.of("/api/quality/products/product-0/versions/1.0", "/api/quality/products/product-1/versions/1.0"));

    @Test
    void killsAndABrokerRestartUnderLoadLoseAndDuplicateNothingAndEndInTheCleanReplaysState(
            @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path home) // a failed run keeps its processes' logs
            throws Exception {
        SplittableRandom random = new SplittableRandom(FaultRuns.SEED);
        ExpectedOutputs expected = ExpectedOutputs.of(FaultRuns.workload());
        assertThat(expected.opened()).as("the workload opens alerts").isPositive();
        assertThat(expected.violations()).as("the workload breaks rules").isPositive();
        long began = System.nanoTime();
        try (KafkaProcess kafka = KafkaProcess.formatAndStart(home.resolve("kafka"));
                MeshProcesses mesh = new MeshProcesses(kafka.bootstrap(), home)) {
            String bootstrap = kafka.bootstrap();
            TopicSetup.create(bootstrap, 4, FaultRuns.workload().domains());
            mesh.launch("catalog", "catalog")
                    .launch("catalog", "catalog-2")
                    .launch("lineage", "lineage")
                    .launch("lineage", "lineage-2")
                    .launch("quality", "quality", FaultRuns.NOT_STALE)
                    .launch("quality", "quality-2", FaultRuns.NOT_STALE);
            Health.await(180, mesh.healthUrls());
            long launched = millisSince(began);

            long started = System.nanoTime();
            BrokerGate gate = new BrokerGate();
            AtomicInteger rate = new AtomicInteger(FaultRuns.RATE);
            var publishing = CompletableFuture.supplyAsync(() -> FaultRuns.publish(bootstrap, rate::get, gate::await));

            // the broker goes once the load flows: the first few hundred events are on the input topics
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> GroupLag.inputRecords(bootstrap) >= 200);
            long stopped = System.nanoTime(), stoppedAt = millisSince(started);
            gate.close();
            kafka.stop();
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(INSTANCES)
                            .allSatisfy(
                                    s -> assertThat(status(mesh.api(s))).as(s).isEqualTo("DOWN")));
            long down = millisSince(stopped);
            Thread.sleep(5_000); // the outage itself: five seconds with every service DOWN
            kafka.start();
            long restarted = System.nanoTime();
            Health.await(180, mesh.healthUrls());
            long up = millisSince(restarted);
            rate.set(KILL_PHASE_RATE);
            gate.openOnceEveryPartitionHasALeader(bootstrap);

            List<String> kills = new ArrayList<>();
            int underLoad = 0;
            for (String victim : List.of("catalog", "lineage-2", "catalog-2", "quality", "quality-2")) {
                String service = victim.replace("-2", "");
                Thread.sleep(1000 + random.nextInt(2000)); // a random point in the stream, seeded
                Load load = awaitFlowingLoad(bootstrap, service, publishing);
                boolean loaded = load.lag() > 0 && load.arriving() > 0;
                mesh.kill(victim);
                mesh.restart(victim);
                if (loaded) underLoad++;
                if (victim.equals(LAST_CATALOG_FED_VICTIM)) rate.set(FaultRuns.RATE);
                kills.add(victim + " at " + millisSince(started) / 1000 + " s, lag " + load.lag() + ", "
                        + load.arriving() + " new input events in the last 250 ms"
                        + (loaded ? "" : " (NOT under load)"));
            }
            assertThat(underLoad)
                    .as("kills with input waiting while new events arrived: %s", kills)
                    .isGreaterThanOrEqualTo(MIN_KILLS_UNDER_LOAD);

            long published = publishing.get(10, TimeUnit.MINUTES);
            assertThat(GroupLag.inputRecords(bootstrap))
                    .as("every acknowledged event once on its topic")
                    .isEqualTo(published);
            Health.await(180, mesh.healthUrls());
            FaultRuns.awaitNoLag(bootstrap, FaultRuns.GROUPS);
            MeshDigest settled = FaultRuns.settledDigest(mesh, "catalog", "lineage", "quality");
            assertThat(settled.products())
                    .as("products in the digest")
                    .isEqualTo(FaultRuns.workload().shape().products());
            assertThat(settled.versions()).as("versions in the digest").isEqualTo(expected.versions());
            assertThat(MeshDigest.of(mesh.api("catalog-2"), mesh.api("lineage-2"), mesh.api("quality-2")))
                    .as("the second instance of each service")
                    .isEqualTo(settled);
            long drained = millisSince(started);

            Map<String, Integer> outputs = Map.of(
                    Topics.ALERTS, FaultRuns.onceEach(bootstrap, Topics.ALERTS),
                    Topics.GOVERNANCE_VIOLATIONS, FaultRuns.onceEach(bootstrap, Topics.GOVERNANCE_VIOLATIONS),
                    Topics.QUALITY_STATUS, FaultRuns.onceEach(bootstrap, Topics.QUALITY_STATUS));
            Map<String, Long> alertStates = FaultRuns.alertStates(bootstrap);
            assertThat(alertStates.getOrDefault("OPEN", 0L)).as("alerts opened").isEqualTo(expected.opened());
            assertThat(alertStates.getOrDefault("RESOLVED", 0L))
                    .as("alerts resolved")
                    .isEqualTo(expected.resolved());
            assertThat(alertStates.getOrDefault("ESCALATED", 0L))
                    .as("alerts escalated, each at most once")
                    .isLessThanOrEqualTo(expected.opened());
            assertThat(outputs.get(Topics.GOVERNANCE_VIOLATIONS))
                    .as("violations")
                    .isEqualTo(expected.violations());
            assertThat(outputs.get(Topics.QUALITY_STATUS)).as("status changes").isEqualTo(expected.statusChanges());

            // the clean replay starts now and catches up meanwhile: it reads only what is on the topics, all published
            FaultRuns.launchCleanReplay(mesh);
            long lastKillsBegan = System.nanoTime();

            // one instance of each service killed at once, each service's two instances polled meanwhile
            Map<String, String> during = new TreeMap<>();
            ExecutorService pollers = Executors.newCachedThreadPool();
            try {
                Map<String, Future<int[]>> lastKills = new TreeMap<>();
                for (String victim : List.of("catalog-2", "lineage", "quality-2")) {
                    lastKills.put(victim, pollers.submit(() -> rightOr503WhileKilled(mesh, victim, pollers)));
                }
                for (var kill : lastKills.entrySet()) {
                    int[] answers = kill.getValue().get(5, TimeUnit.MINUTES);
                    during.put(
                            kill.getKey(), answers[0] + " right, " + answers[1] + " 503s, " + answers[2] + " refused");
                }
            } finally {
                pollers.shutdownNow();
            }

            long lastKills = millisSince(lastKillsBegan);
            FaultRuns.assertCleanReplayReaches(settled, mesh, bootstrap);
            long replayAfter = millisSince(lastKillsBegan) - lastKills;

            System.out.printf(
                    "faults under load: six instances UP %d ms after the broker's start; %d events published,"
                            + " acknowledged and on their topics once; %d products,"
                            + " %d versions; broker stopped at %d ms: every service DOWN after %d ms, UP %d ms after"
                            + " the restart; kills: %s; drained and settled after %d ms; output events (each id"
                            + " once): %s, alerts by state %s; during a last kill of each service (0 wrong"
                            + " answers): %s, in %d ms; clean replay equal %d ms later%n",
                    launched,
                    published,
                    settled.products(),
                    settled.versions(),
                    stoppedAt,
                    down,
                    up,
                    kills,
                    drained,
                    outputs,
                    alertStates,
                    during,
                    lastKills,
                    replayAfter);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** At a kill: the victim's service's input not yet processed, and domain events that arrived just before. */
    private record Load(long lag, long arriving) {}

    /**
     * Waits (up to twenty seconds) until the load flows, new events arriving on the domains' topics, and the service
     * has input to work on, so that the kill lands mid-stream; the kills do not wait for the previous victim to
     * recover, so restarts overlap as in a bad hour. A lag left by an earlier kill alone is not load. Once publishing
     * is over no load will come: the kill goes ahead at once, reported as not under load.
     */
    private static Load awaitFlowingLoad(String bootstrap, String service, Future<?> publishing) {
        AtomicReference<Load> load = new AtomicReference<>(new Load(0, 0));
        AtomicLong seen = new AtomicLong(-1);
        try {
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        GroupLag.Reading reading =
                                GroupLag.read(bootstrap, FaultRuns.GROUPS.get(service), FaultRuns.INPUTS.get(service));
                        long arriving = seen.get() < 0 ? 0 : reading.inputRecords() - seen.get();
                        seen.set(reading.inputRecords());
                        load.set(new Load(reading.lag(), arriving));
                        return load.get().lag() > 0 && arriving > 0 || publishing.isDone();
                    });
        } catch (ConditionTimeoutException idle) {
            // no flowing load within twenty seconds: the kill is reported as not under load
        }
        return load.get();
    }

    private static String status(Api api) {
        try {
            return api.get("/actuator/health").body().get("status").asString();
        } catch (RuntimeException unreachable) {
            return "UNREACHABLE";
        }
    }

    /**
     * Kills and restarts {@code victim} while polling both instances of its service; returns right, 503 and refused
     * counts.
     */
    private static int[] rightOr503WhileKilled(MeshProcesses mesh, String victim, ExecutorService threads)
            throws Exception {
        String service = victim.replace("-2", "");
        List<String> instances = List.of(service, service + "-2");
        List<String> paths = POLLED.get(service);
        Map<String, String> settled = new HashMap<>();
        for (String path : paths) {
            Answers.content(mesh.api(instances.get(0)), path); // a 200 that says something
            settled.put(path, mesh.api(instances.get(0)).get(path).raw());
        }
        AtomicInteger right = new AtomicInteger(), unavailable = new AtomicInteger(), refused = new AtomicInteger();
        AtomicInteger rightRounds = new AtomicInteger(); // rounds in which both instances answered every path right
        List<String> wrong = new ArrayList<>();
        AtomicBoolean polling = new AtomicBoolean(true), gone = new AtomicBoolean(false);
        long began = System.nanoTime();
        var poller = threads.submit(() -> {
            while (polling.get()) {
                int rightBefore = right.get();
                for (String instance : instances) {
                    Api api = mesh.api(instance);
                    for (String path : paths) {
                        try {
                            Api.Answer answer = api.get(path);
                            if (answer.status() == 503 && answer.retryAfter() != null) unavailable.incrementAndGet();
                            else if (answer.status() == 200 && answer.raw().equals(settled.get(path)))
                                right.incrementAndGet();
                            else
                                synchronized (wrong) {
                                    wrong.add(instance + path + " -> " + answer.status() + " " + answer.raw() + " at "
                                            + millisSince(began) + " ms");
                                }
                        } catch (UncheckedIOException failed) {
                            // only the killed instance may fail to answer, and only by having no connection: cut in
                            // the moment it dies, refused until it listens again; a broken answer is a wrong one
                            if (instance.equals(victim)
                                    && (gone.get() || failed.getCause() instanceof ConnectException))
                                refused.incrementAndGet();
                            else
                                synchronized (wrong) {
                                    wrong.add(instance + path + " -> " + failed.getCause() + " at " + millisSince(began)
                                            + " ms");
                                }
                        }
                    }
                }
                if (right.get() - rightBefore == instances.size() * paths.size()) rightRounds.incrementAndGet();
                // a round every 20 ms at most: still dozens a second through the restart, without the three pollers
                // taking the two cores the restarting instances and the clean replay need
                pause(Duration.ofMillis(20));
            }
        });
        Duration patience = Duration.ofMinutes(3);
        await().atMost(patience).until(() -> rightRounds.get() > 0); // polled before the kill
        gone.set(true);
        long killedAt = millisSince(began);
        mesh.kill(victim);
        Thread.sleep(2000); // the outage itself: two seconds with the victim gone
        gone.set(false);
        long restartedAt = millisSince(began);
        mesh.restart(victim);
        Health.await(180, mesh.healthUrls());
        int recovered = rightRounds.get();
        await().atMost(patience).until(() -> rightRounds.get() >= recovered + 2); // both instances right again
        polling.set(false);
        poller.get(30, TimeUnit.SECONDS);
        assertThat(wrong)
                .as(
                        "wrong answers while %s was killed (at %d ms) and restarted (at %d ms; logs in %s)",
                        victim, killedAt, restartedAt, mesh.logs())
                .isEmpty();
        assertThat(right.get()).isPositive();
        return new int[] {right.get(), unavailable.get(), refused.get()};
    }
}
