package io.meshgov.cli;

import io.meshgov.events.DeprecatedVersionConsumerAlert;
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
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Freshness for the benchmark, under a steady background load: how long a publication takes to be visible through
 * the catalog's REST API and then through lineage's and quality's (which follow what the catalog accepted), and a
 * deprecation to reach {@code mesh.alerts} (read committed) as an alert for the version's consumer and to show as
 * the version's status in lineage and quality. Probes run one after another; the background sends new registrations
 * and measurements for the workload's products at a fixed rate.
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
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch listening = new CountDownLatch(1);

    Freshness(String bootstrap, Map<String, Integer> ports, List<String> domains, List<String> owners) {
        this.bootstrap = bootstrap;
        this.catalogPort = ports.get("catalog");
        this.lineagePort = ports.get("lineage");
        this.qualityPort = ports.get("quality");
        this.domains = domains;
        this.owners = owners;
    }

    Map<String, Object> run(Duration time, int backgroundPerSecond) throws Exception {
        Thread alerts = daemon(this::readAlerts);
        if (!listening.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("cannot read " + Topics.ALERTS);
        long[] background = new long[1];
        Thread load = daemon(() -> background[0] = background(backgroundPerSecond));
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (String path : PATHS) samples.put(path, new ArrayList<>());
        long until = System.nanoTime() + time.toNanos();
        long runId = System.currentTimeMillis();
        try (WorkloadPublisher probes = new WorkloadPublisher(bootstrap)) {
            for (int i = 0; System.nanoTime() < until; i++) {
                probe(probes, "fresh-" + runId + "-" + i, samples);
            }
        } finally {
            running.set(false);
            load.join();
            alerts.join();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("backgroundEventsPerSecond", background[0] / (double) time.toSeconds());
        samples.forEach((path, latencies) -> result.put(path, Latencies.summary(latencies)));
        return result;
    }

    /** What each probe measures, in the order it measures them. */
    static final List<String> PATHS = List.of(
            "publishToQueryable",
            "publishToLineage",
            "publishToQuality",
            "deprecationToAlert",
            "deprecationToLineage",
            "deprecationToQuality");

    private void probe(WorkloadPublisher probes, String productId, Map<String, List<Long>> samples) throws Exception {
        String owner = domains.get(0), consumerDomain = domains.get(1 % domains.size());
        Instant now = Instant.now();
        long sent = System.nanoTime();
        probes.send(owner, version(productId, "1.0", now));
        probes.flush();
        if (!await(catalogPort, "/api/products/" + productId, null)) return;
        samples.get("publishToQueryable").add(System.nanoTime() - sent);
        if (!await(lineagePort, "/api/lineage/products/" + productId, null)) return;
        samples.get("publishToLineage").add(System.nanoTime() - sent);
        if (!await(qualityPort, "/api/quality/products/" + productId + "/versions/1.0", null)) return;
        samples.get("publishToQuality").add(System.nanoTime() - sent);

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
        long deadline = sent + Duration.ofSeconds(30).toNanos();
        while (!alertArrivals.containsKey(productId) && System.nanoTime() < deadline) Thread.sleep(1);
        Long arrived = alertArrivals.get(productId);
        if (arrived != null) samples.get("deprecationToAlert").add(arrived - sent);
        String deprecated = "\"DEPRECATED\"";
        if (!await(lineagePort, "/api/lineage/products/" + productId + "?version=1.0&depth=1", deprecated)) return;
        samples.get("deprecationToLineage").add(System.nanoTime() - sent);
        if (!await(qualityPort, "/api/quality/products/" + productId + "/versions/1.0", deprecated)) return;
        samples.get("deprecationToQuality").add(System.nanoTime() - sent);
    }

    /** Polls until the path answers 200 (and its body contains {@code text}, if given), for at most 30 s. */
    private boolean await(int port, String path, String text) throws Exception {
        URI uri = URI.create("http://localhost:" + port + path);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
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

    private void readAlerts() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        try (var consumer = new KafkaConsumer<String, DeprecatedVersionConsumerAlert>(
                config, new StringDeserializer(), EventSerdes.alerts().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            listening.countDown();
            while (running.get()) {
                for (var record : consumer.poll(Duration.ofMillis(20))) {
                    alertArrivals.putIfAbsent(record.value().getProductId(), System.nanoTime());
                }
            }
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "freshness");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
