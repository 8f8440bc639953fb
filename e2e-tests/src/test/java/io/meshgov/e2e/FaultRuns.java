package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.cli.Health;
import io.meshgov.cli.Workload;
import io.meshgov.cli.WorkloadPublisher;
import io.meshgov.events.AlertNotice;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerdes;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerConfig;

/** What the fault-injection scenarios share: the phased load, waiting for it to drain, digests, a clean replay. */
final class FaultRuns {

    static final double SCALE = Double.parseDouble(System.getProperty("meshgov.faults.scale", "0.01"));
    static final int RATE = Integer.getInteger("meshgov.faults.rate", 1000);
    static final long SEED = Long.getLong("meshgov.faults.seed", 20261124L);

    /** The workload's measurements are from early 2026: judged by their values, not by today's wall clock. */
    static final String NOT_STALE = "--meshgov.quality.staleness=3650d";

    static final Map<String, String> GROUPS =
            Map.of("catalog", "meshgov-catalog", "lineage", "meshgov-lineage", "quality", "meshgov-quality");
    static final Map<String, String> REPLAY_GROUPS =
            Map.of("catalog", "replay-catalog", "lineage", "replay-lineage", "quality", "replay-quality");
    static final Map<String, Pattern> INPUTS =
            Map.of("catalog", GroupLag.CATALOG, "lineage", GroupLag.LINEAGE, "quality", GroupLag.QUALITY);

    private FaultRuns() {}

    static Workload workload() {
        return new Workload(Workload.Shape.of(SCALE, SEED));
    }

    /**
     * Publishes the workload at {@code rate} (read before each event) with acknowledgement from all replicas, its phases back to back: the
     * catalog holds an input that names a version not published yet, and judges alerts by the events' own times. One
     * phase still waits until the services have consumed the earlier ones: the consumers' migrations, whose
     * deregistrations would otherwise race the deprecations on the owners' topics (docs/reliability.md, "order across
     * domains' topics"). {@code gate} holds the sender while the broker is down and its partitions have no leader
     * yet, as a pipeline blocks on its full buffer: Kafka's idempotent producer fails sends to a partition whose
     * leader is not elected yet after a restart (OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout). Fails if
     * any send was not acknowledged.
     */
    static long publish(String bootstrap, IntSupplier rate, WorkloadPublisher.Gate gate) {
        try (WorkloadPublisher publisher = new WorkloadPublisher(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                600_000))) {
            long sent = publisher.publish(
                    workload(),
                    rate,
                    phase -> {
                        if (phase.equals("migrations")) awaitNoLag(bootstrap, GROUPS);
                    },
                    gate);
            assertThat(publisher.failed())
                    .as("sends that failed: %s", publisher.firstFailure())
                    .isZero();
            assertThat(publisher.acknowledged()).isEqualTo(sent);
            return sent;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitNoLag(String bootstrap, Map<String, String> groups) {
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    for (var group : groups.entrySet()) {
                        assertThat(GroupLag.of(bootstrap, group.getValue(), INPUTS.get(group.getKey())))
                                .as("lag of %s", group.getValue())
                                .isZero();
                    }
                });
    }

    /** The digest once two readings three seconds apart agree (status events may still be reaching the catalog). */
    static MeshDigest settledDigest(MeshProcesses mesh, String catalog, String lineage, String quality) {
        MeshDigest[] last = {null};
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    MeshDigest now = MeshDigest.of(mesh.api(catalog), mesh.api(lineage), mesh.api(quality));
                    boolean stable = now.equals(last[0]);
                    last[0] = now;
                    return stable;
                });
        return last[0];
    }

    /**
     * Starts fresh instances of the three services with their own application ids (so their own changelogs, which are
     * their read models) and state, reading every topic from offset 0; returns at once, so that they replay while the
     * run goes on ({@link #assertCleanReplayReaches} then waits for them).
     */
    static void launchCleanReplay(MeshProcesses mesh) {
        mesh.launch("catalog", "catalog-replay", "--spring.kafka.streams.application-id=replay-catalog")
                .launch("lineage", "lineage-replay", "--spring.kafka.streams.application-id=replay-lineage")
                .launch("quality", "quality-replay", "--spring.kafka.streams.application-id=replay-quality", NOT_STALE);
    }

    /** Fails unless the clean replay's instances ({@link #launchCleanReplay}) reach {@code expected}. */
    static void assertCleanReplayReaches(MeshDigest expected, MeshProcesses mesh, String bootstrap) throws Exception {
        Health.await(180, mesh.healthUrls());
        awaitNoLag(bootstrap, REPLAY_GROUPS);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(MeshDigest.of(
                                mesh.api("catalog-replay"), mesh.api("lineage-replay"), mesh.api("quality-replay")))
                        .as("clean replay")
                        .isEqualTo(expected));
    }

    /**
     * The alert events on mesh.alerts that announce a state change (not an answer, a moved sunset or a reminder), read
     * as committed, counted by the state each announces.
     */
    static Map<String, Long> alertStates(String bootstrap) {
        return TopicReader.readAll(
                        bootstrap, Topics.ALERTS, EventSerdes.alerts().deserializer(), Duration.ofSeconds(3))
                .stream()
                .filter(r -> r.value().getNotice() == AlertNotice.STATE_CHANGED)
                .collect(Collectors.groupingBy(r -> r.value().getState().name(), Collectors.counting()));
    }

    /** How many events the topic holds, read as committed, after checking that no event id is there twice. */
    static int onceEach(String bootstrap, String topic) {
        Map<Object, Long> ids =
                TopicReader.readAll(bootstrap, topic, EventSerdes.anyEvent().deserializer(), Duration.ofSeconds(3))
                        .stream()
                        .map(r -> r.value()
                                .get(r.value().getSchema().getField("eventId").pos()))
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(ids.entrySet().stream().filter(e -> e.getValue() > 1))
                .as("event ids on %s more than once", topic)
                .isEmpty();
        return ids.size();
    }
}
