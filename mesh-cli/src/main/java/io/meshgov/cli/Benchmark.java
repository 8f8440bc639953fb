package io.meshgov.cli;

import io.meshgov.admin.TopicOffsets;
import io.meshgov.wire.EventSerdes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * {@code bench-publish} then {@code bench}, driven by {@code ./mesh bench}: the seeded workload is published while
 * the services are stopped; then they start on empty state and this measures how fast each drains it, the two
 * baselines on the same topics (a plain consumer reading bytes; the same decoding with the project's
 * deserializer), query latency under concurrent clients, and heap and RSS per service; writes
 * {@code benchmarks.md} and {@code benchmarks.json} into {@code out-dir}.
 */
public final class Benchmark {

    /** The services' and the console's ports as ./mesh starts them (MESH_CATALOG_PORT, ... or 8080–8083). */
    static final Map<String, Integer> PORTS = Map.of(
            "catalog", port("MESH_CATALOG_PORT", 8081),
            "lineage", port("MESH_LINEAGE_PORT", 8082),
            "quality", port("MESH_QUALITY_PORT", 8083),
            "console", port("MESH_CONSOLE_PORT", 8080));

    /** The Apicurio Registry ./mesh bench runs (MESH_REGISTRY_PORT or 8090). */
    static final String REGISTRY_URL = "http://127.0.0.1:" + port("MESH_REGISTRY_PORT", 8090) + "/apis/ccompat/v7";

    private static final Map<String, String> GROUPS =
            Map.of("catalog", "meshgov-catalog", "lineage", "meshgov-lineage", "quality", "meshgov-quality");
    private static final Map<String, Pattern> INPUTS = Map.of(
            "catalog", Pattern.compile("mesh\\.[^.]+\\.(products|consumers)|mesh\\.quality\\.status"),
            "lineage", Pattern.compile("mesh\\.governance\\.accepted"),
            "quality", Pattern.compile("mesh\\.[^.]+\\.quality|mesh\\.governance\\.accepted"));

    private final String bootstrap;
    private final Workload.Shape shape;
    private final Path runDir;
    private final Map<String, Integer> ports;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private final Path mesh;

    Benchmark(String bootstrap, Workload.Shape shape, Path runDir, Map<String, Integer> ports, Path mesh) {
        this.bootstrap = bootstrap;
        this.shape = shape;
        this.runDir = runDir;
        this.ports = ports;
        this.mesh = mesh;
    }

    /** First half, with the services stopped: publishes the workload and records how long that took. */
    public static void publish(String bootstrap, double scale, long seed, Path record) throws Exception {
        Workload workload = new Workload(Workload.Shape.of(scale, seed));
        TopicSetup.create(bootstrap, 4, workload.domains());
        long started = System.nanoTime();
        try (WorkloadPublisher publisher = new WorkloadPublisher(bootstrap)) {
            long events = publisher.publish(workload, 0);
            if (publisher.failed() > 0) throw new IllegalStateException("sends failed: " + publisher.firstFailure());
            Files.writeString(record, events + " " + seconds(started));
        }
    }

    /** Second half, started as the services are launched on empty state: measures and writes the report. */
    public static void main(String bootstrap, double scale, long seed, Path runDir, Path out, Path record, Path mesh)
            throws Exception {
        Benchmark bench = new Benchmark(bootstrap, Workload.Shape.of(scale, seed), runDir, PORTS, mesh);
        String[] published = Files.readString(record).trim().split(" ");
        long events = Long.parseLong(published[0]);
        double seconds = Double.parseDouble(published[1]);
        Map<String, Object> figures = bench.run(
                Map.of("events", events, "seconds", seconds, "eventsPerSecond", events / seconds),
                Duration.ofSeconds(scale >= 0.5 ? 20 : 10));
        BenchmarkReport.write(figures, out);
        System.out.println("bench: wrote " + out.resolve("benchmarks.md") + " and benchmarks.json");
    }

    Map<String, Object> run(Map<String, Object> publish, Duration queryTime) throws Exception {
        figures.put("machine", machine());
        figures.put(
                "workload",
                Map.of(
                        "scale", shape.products() / 10_000.0,
                        "seed", shape.seed(),
                        "domains", shape.domains(),
                        "products", shape.products(),
                        "registrations", shape.registrations(),
                        "measurements", shape.measurements()));
        figures.put("publish", publish);

        Recovery processes = new Recovery(mesh, bootstrap, ports);
        Map<String, Object> ingest = new LinkedHashMap<>();
        // the catalog first: lineage and quality follow what it accepted (it reads quality's status events as they
        // come)
        for (String service : List.of("catalog", "lineage", "quality")) {
            Pattern inputs = INPUTS.get(service);
            ingest.put(service, processes.ingest(service, GROUPS.get(service), inputs, endOffsets(inputs)));
        }
        figures.put("ingest", ingest);

        figures.put("baselinePlainConsumer", consumeAll(new ByteArrayDeserializer()));
        figures.put("baselineAvroDecode", consumeAll(EventSerdes.anyEvent().deserializer()));
        figures.put("queries", queries(queryTime));
        figures.put(
                "freshness",
                new Freshness(bootstrap, ports, WorkloadDomains.of(shape.domains()), Workload.owners(shape))
                        .run(queryTime.multipliedBy(3), Duration.ofMinutes(10), 2_000));
        figures.put("memory", memory());

        figures.put("recovery", processes.restarts(List.of("catalog", "lineage", "quality")));
        for (String service : List.of("catalog", "lineage", "quality")) processes.stop(service);
        figures.put(
                "openLineage",
                new OpenLineageLoad(bootstrap, Workload.owners(shape))
                        .measure(
                                processes,
                                Math.max(25_000, shape.products() * 10),
                                shape.seed(),
                                GROUPS.get("catalog")));
        figures.put(
                "framings",
                new FramingLoad(bootstrap, Workload.owners(shape), REGISTRY_URL)
                        .measure(
                                processes,
                                Math.max(50_000, shape.products() * 10),
                                shape.seed(),
                                GROUPS.get("quality")));
        long catalogEvents = endOffsets(INPUTS.get("catalog"));
        Map<String, Object> scaleOut = new LinkedHashMap<>();
        for (int instances = 1; instances <= 2; instances++) {
            scaleOut.put(
                    "catalog x" + instances,
                    processes.ingest("catalog", instances, INPUTS.get("catalog"), catalogEvents));
        }
        figures.put("scaleOut", scaleOut);
        return figures;
    }

    /** Reads every input topic from the start to its end with one consumer; events per second. */
    private Map<String, Object> consumeAll(Deserializer<?> values) throws Exception {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
        Map<TopicPartition, Long> ends = ends(TopicOffsets.INPUTS);
        long total = ends.values().stream().mapToLong(Long::longValue).sum();
        long started = System.nanoTime(), read = 0;
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), values)) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            while (read < total) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
        }
        double s = seconds(started);
        return Map.of("events", read, "seconds", s, "eventsPerSecond", read / s);
    }

    private Map<String, Object> queries(Duration time) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        int products = shape.products();
        results.put(
                "catalog product by id",
                QueryLoad.run(port("catalog"), time, n -> "/api/products/product-" + n % products));
        results.put(
                "catalog products page",
                QueryLoad.run(port("catalog"), time, n -> "/api/products?size=20&page=" + n % 50));
        results.put(
                "catalog search (text, facets)",
                QueryLoad.run(port("catalog"), time, n -> "/api/products?size=20&" + search(n, products)));
        results.put(
                "catalog consumer view",
                QueryLoad.run(
                        port("catalog"),
                        time,
                        n -> "/api/consumers/consumer-" + n % Math.max(1, shape.registrations() / 3)));
        results.put(
                "lineage impact (max depth)",
                QueryLoad.run(
                        port("lineage"),
                        time,
                        n -> "/api/lineage/products/product-" + n % Math.min(products, 50) + "/versions/1.0/impact"));
        results.put(
                "lineage impact depth 6",
                QueryLoad.run(
                        port("lineage"),
                        time,
                        n -> "/api/lineage/products/product-" + n % products + "/versions/1.0/impact?depth=6"));
        results.put(
                "lineage graph depth 6",
                QueryLoad.run(
                        port("lineage"), time, n -> "/api/lineage/products/product-" + n % products + "?depth=6"));
        results.put(
                "quality compare",
                QueryLoad.run(
                        port("quality"),
                        time,
                        n -> "/api/quality/products/product-" + n % products + "/compare?versions=1.0,1.1"));
        // the console's pages, server side (rendered HTML, each reading the services it shows)
        results.put(
                "console catalog search",
                QueryLoad.run(port("console"), time, n -> "/?q=product-" + n % products + "&page=0"));
        results.put(
                "console product page", QueryLoad.run(port("console"), time, n -> "/products/product-" + n % products));
        results.put(
                "console version page",
                QueryLoad.run(port("console"), time, n -> "/products/product-" + n % products + "/versions/1.0"));
        results.put(
                "console consumer page",
                QueryLoad.run(
                        port("console"),
                        time,
                        n -> "/consumers/consumer-" + n % Math.max(1, shape.registrations() / 3)));
        results.put(
                "console lineage page",
                QueryLoad.run(
                        port("console"), time, n -> "/products/product-" + n % products + "/versions/1.0/lineage"));
        return results;
    }

    /**
     * A products page as a search box asks for it, facets included: a product's name (its number also starts other
     * products' numbers), a word every product has (the worst case: every product counted in the facets), the same
     * filtered by status, a consumer's purpose.
     */
    static String search(int n, int products) {
        return switch (n % 4) {
            case 0 -> "q=product%20" + n % products;
            case 1 -> "q=synthetic";
            case 2 -> "q=synthetic&status=DEPRECATED";
            default -> "q=analysis%20" + n % Math.max(1, products);
        };
    }

    /** Heap in use right after a full GC (jcmd), and resident set size, per service process. */
    private Map<String, Object> memory() throws Exception {
        Map<String, Object> memory = new LinkedHashMap<>();
        for (String service : List.of("catalog", "lineage", "quality")) {
            Path pidFile = runDir.resolve(service + ".pid");
            if (!Files.exists(pidFile)) continue;
            String pid = Files.readString(pidFile).trim();
            run("jcmd", pid, "GC.run");
            String heap = run("jcmd", pid, "GC.heap_info");
            var used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(heap);
            long heapKib = used.find() ? Long.parseLong(used.group(1)) : -1;
            long rssKib = Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1);
            memory.put(service, Map.of("heapAfterGcMiB", heapKib / 1024.0, "rssMiB", rssKib / 1024.0));
        }
        return memory;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        try {
            m.put("memory", Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " "));
        } catch (IOException e) {
            m.put("memory", "unknown");
        }
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    private long endOffsets(Pattern inputs) throws Exception {
        try (Admin admin = admin()) {
            return TopicOffsets.total(admin, inputs);
        }
    }

    private Map<TopicPartition, Long> ends(Pattern inputs) throws Exception {
        try (Admin admin = admin()) {
            return TopicOffsets.ends(admin, inputs);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private int port(String service) {
        return ports.get(service);
    }

    private static int port(String variable, int otherwise) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
