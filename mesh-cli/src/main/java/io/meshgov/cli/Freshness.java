package io.meshgov.cli;

import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.wire.EventSerdes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Freshness for the benchmark, under a steady background load: how long a publication takes to be visible through
 * the catalog's REST API and then through lineage's and quality's (which follow what the catalog accepted), and a
 * deprecation to reach {@code mesh.alerts} (read committed) as an alert for the version's consumer and to show as
 * the version's status in lineage and quality. Probes run one after another; the background sends new registrations
 * and measurements for the workload's products at a fixed rate.
 *
 * <p>The publication's path to the catalog's API is also split into its hops ({@link PublishHops}). The acceptance is
 * seen by a consumer polling every 20 ms, so up to a poll's time of the apply counts as processing.
 */
final class Freshness {

    private final String bootstrap;
    private final int catalogPort;
    private final int lineagePort;
    private final int qualityPort;
    private final List<String> domains;
    private final List<String> owners;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, Long> alertArrivals = new ConcurrentHashMap<>();
    private final PublishHops hops = new PublishHops();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch listening = new CountDownLatch(2);

    Freshness(String bootstrap, Map<String, Integer> ports, List<String> domains, List<String> owners) {
        this.bootstrap = bootstrap;
        this.catalogPort = ports.get("catalog");
        this.lineagePort = ports.get("lineage");
        this.qualityPort = ports.get("quality");
        this.domains = domains;
        this.owners = owners;
    }

    /** Probes for at least this many samples of each path, however slow the machine (within the time bound). */
    static final int MIN_SAMPLES = 100;

    /** How long a probe waits for each step; a step that takes longer is a timeout, counted apart. */
    static final Duration DEADLINE = Duration.ofSeconds(30);

    /**
     * Probes for at least {@code time} and until every path has {@link #MIN_SAMPLES} samples, but never longer than
     * {@code longest}. A step that times out is counted per path, not averaged in; an alert that timed out is
     * followed up to tell a late alert (with how late) from one that never came.
     */
    Map<String, Object> run(Duration time, Duration longest, int backgroundPerSecond) throws Exception {
        Thread alerts = daemon(() -> readFromEnd(
                Topics.ALERTS,
                EventSerdes.alerts().deserializer(),
                r -> alertArrivals.putIfAbsent(r.value().getProductId(), System.nanoTime())));
        Thread accepted = daemon(() -> readFromEnd(Topics.GOVERNANCE_ACCEPTED, new ByteArrayDeserializer(), r -> {
            if (r.key() != null && r.key().startsWith("fresh-")) hops.accepted(r.key(), System.nanoTime());
        }));
        if (!listening.await(30, TimeUnit.SECONDS))
            throw new IllegalStateException("cannot read " + Topics.ALERTS + " and " + Topics.GOVERNANCE_ACCEPTED);
        long[] background = new long[1];
        Thread load = daemon(() -> background[0] = background(backgroundPerSecond));
        for (String path : PATHS) {
            samples.put(path, new ArrayList<>());
            timeouts.put(path, 0);
        }
        long started = System.nanoTime();
        long runId = System.currentTimeMillis();
        Map<String, Long> missedAlerts = new LinkedHashMap<>();
        int probes = 0;
        try (WorkloadPublisher publisher = new WorkloadPublisher(bootstrap)) {
            while (System.nanoTime() - started < longest.toNanos()
                    && (System.nanoTime() - started < time.toNanos() || fewestSamples() < MIN_SAMPLES)) {
                probe(publisher, "fresh-" + runId + "-" + probes++, missedAlerts);
            }
            // the alert reader still listens: a timed-out alert may yet come
            long followUp = System.nanoTime() + DEADLINE.toNanos();
            while (!missedAlerts.isEmpty()
                    && !alertArrivals.keySet().containsAll(missedAlerts.keySet())
                    && System.nanoTime() < followUp) {
                Thread.sleep(10);
            }
        } finally {
            running.set(false);
            load.join();
            alerts.join();
            accepted.join();
        }
        long elapsed = System.nanoTime() - started;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("backgroundEventsPerSecond", background[0] / (elapsed / 1e9));
        result.put("probes", probes);
        result.put("seconds", elapsed / 1e9);
        samples.forEach((path, latencies) -> {
            Map<String, Object> summary = Latencies.summary(latencies);
            summary.put("timeouts", timeouts.get(path));
            result.put(path, summary);
        });
        List<Double> late = new ArrayList<>();
        int never = 0;
        for (var missed : missedAlerts.entrySet()) {
            Long arrived = alertArrivals.get(missed.getKey());
            if (arrived == null) never++;
            else late.add((arrived - missed.getValue()) / 1e6);
        }
        result.put("publishHops", hops.summary());
        result.put("alertsLateMillis", late);
        result.put("alertsNever", never);
        return result;
    }

    private final Map<String, List<Long>> samples = new LinkedHashMap<>();
    private final Map<String, Integer> timeouts = new LinkedHashMap<>();

    private int fewestSamples() {
        return samples.values().stream().mapToInt(List::size).min().orElse(0);
    }

    /** A step that answered in time is a sample; one that did not is a timeout of its path, and ends the probe. */
    private boolean step(String path, boolean inTime, long sent) {
        if (inTime) samples.get(path).add(System.nanoTime() - sent);
        else timeouts.merge(path, 1, Integer::sum);
        return inTime;
    }

    /** What each probe measures, in the order it measures them. */
    static final List<String> PATHS = List.of(
            "publishToQueryable",
            "publishToLineage",
            "publishToQuality",
            "deprecationToAlert",
            "deprecationToLineage",
            "deprecationToQuality");

    private void probe(WorkloadPublisher probes, String productId, Map<String, Long> missedAlerts) throws Exception {
        String owner = domains.get(0), consumerDomain = domains.get(1 % domains.size());
        Instant now = Instant.now();
        long sent = System.nanoTime();
        probes.send(owner, version(productId, "1.0", now));
        probes.flush();
        long appended = System.nanoTime();
        if (!step("publishToQueryable", await(catalogPort, "/api/products/" + productId, null), sent)) return;
        hops.answered(productId, sent, appended, System.nanoTime());
        if (!step("publishToLineage", await(lineagePort, "/api/lineage/products/" + productId, null), sent)) return;
        String quality = "/api/quality/products/" + productId + "/versions/1.0";
        if (!step("publishToQuality", await(qualityPort, quality, null), sent)) return;

        probes.send(owner, version(productId, "2.0", now));
        probes.send(
                consumerDomain,
                PipelineEvents.consumer("probe-" + productId, productId, "1.0")
                        .occurredAt(now)
                        .kind(io.meshgov.events.ConsumerKind.SYSTEM)
                        .purpose("freshness probe")
                        .contact("probe@example.com")
                        .registered());
        probes.flush();
        if (!await(catalogPort, "/api/consumers/probe-" + productId, null)) return;
        sent = System.nanoTime();
        probes.send(
                owner,
                PipelineEvents.lifecycle(productId, "1.0")
                        .occurredAt(now)
                        .reason("freshness probe")
                        .sunsetAt(now.plus(Duration.ofDays(90)))
                        .replacedBy("2.0")
                        .deprecated());
        probes.flush();
        long deadline = sent + DEADLINE.toNanos();
        while (!alertArrivals.containsKey(productId) && System.nanoTime() < deadline) Thread.sleep(1);
        Long arrived = alertArrivals.get(productId);
        if (arrived != null && arrived - sent <= DEADLINE.toNanos()) {
            samples.get("deprecationToAlert").add(arrived - sent);
        } else {
            timeouts.merge("deprecationToAlert", 1, Integer::sum);
            missedAlerts.put(productId, sent);
        }
        String deprecated = "\"DEPRECATED\"";
        String lineage = "/api/lineage/products/" + productId + "?version=1.0&depth=1";
        if (!step("deprecationToLineage", await(lineagePort, lineage, deprecated), sent)) return;
        step("deprecationToQuality", await(qualityPort, quality, deprecated), sent);
    }

    /** Polls until the path answers 200 (and its body contains {@code text}, if given), for at most the deadline. */
    private boolean await(int port, String path, String text) throws Exception {
        URI uri = URI.create("http://localhost:" + port + path);
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer;
            try {
                answer = http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException e) {
                continue; // a service that does not answer is not fresh yet; the deadline still holds
            }
            if (answer.statusCode() == 200 && (text == null || answer.body().contains(text))) return true;
            Thread.sleep(2);
        }
        return false;
    }

    private SpecificRecord version(String productId, String version, Instant at) {
        return PipelineEvents.published(productId, version)
                .occurredAt(at)
                .name("Freshness probe " + productId)
                .definition("A product published to measure how fresh the catalog is.")
                .owner(domains.get(0) + "-team")
                .code("https://git.example/" + domains.get(0) + "/" + productId, "0badc0de")
                .endpoint("https://data.example/" + productId + "/v" + version)
                .objective("completeness", io.meshgov.events.ObjectiveComparator.AT_LEAST, 0.99)
                .tag(domains.get(0))
                .inputSource("jdbc:postgresql://probe/" + productId)
                .build();
    }

    /**
     * New registrations (from any domain) and measurements (from the owner's), half each, paced to
     * {@code perSecond}; returns how many were sent.
     */
    private long background(int perSecond) {
        long sent = 0, started = System.nanoTime();
        try (WorkloadPublisher publisher = new WorkloadPublisher(bootstrap)) {
            while (running.get()) {
                int p = (int) (sent / 2 % owners.size());
                String domain = sent % 2 == 0 ? domains.get((int) (sent / 2 % domains.size())) : owners.get(p);
                Instant now = Instant.now();
                publisher.send(
                        domain,
                        sent % 2 == 0
                                ? PipelineEvents.consumer("background-" + sent, Workload.productId(p), "1.0")
                                        .occurredAt(now)
                                        .kind(io.meshgov.events.ConsumerKind.HUMAN)
                                        .purpose("background load")
                                        .contact("background@example.com")
                                        .registered()
                                : PipelineEvents.measured(Workload.productId(p), "1.0", "completeness", 0.995)
                                        .occurredAt(now)
                                        .measuredAt(now)
                                        .runId("background-" + sent)
                                        .build());
                sent++;
                long ahead = started + sent * 1_000_000_000L / perSecond - System.nanoTime();
                if (ahead > 0) Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sent;
    }

    /**
     * Reads {@code topic} read committed from its end until the run stops, each record to {@code onRecord} as it
     * arrives (a fetch waits at most 20 ms for data, so an arrival is seen within a poll or two).
     */
    private <V> void readFromEnd(String topic, Deserializer<V> values, Consumer<ConsumerRecord<String, V>> onRecord) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                20);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            listening.countDown();
            while (running.get()) consumer.poll(Duration.ofMillis(20)).forEach(onRecord);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "freshness");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
