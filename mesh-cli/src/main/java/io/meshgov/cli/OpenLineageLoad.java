package io.meshgov.cli;

import io.meshgov.admin.TopicOffsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's OpenLineage runs, as an Airflow or Spark integration sends them: for each run a {@code START} and a
 * {@code COMPLETE} on the owning domain's {@code mesh.<domain>.openlineage} topic (key {@code run:<namespace>/<job>}),
 * the run writing the table of one of the workload's versions (with a row count and two columns' null counts) from
 * the tables of two others. Also the baseline: a plain consumer parsing the same JSON.
 */
final class OpenLineageLoad {

    static final Pattern TOPICS = Pattern.compile("mesh\\.[^.]+\\.openlineage");
    private static final String PRODUCER = "https://github.com/OpenLineage/OpenLineage/tree/1.55.0/integration/airflow";
    private static final String SCHEMA = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    private final String bootstrap;
    private final List<String> owners;

    /** @param owners each product's owning domain, by product index */
    OpenLineageLoad(String bootstrap, List<String> owners) {
        this.bootstrap = bootstrap;
        this.owners = owners;
    }

    /**
     * OpenLineage ingest by one catalog instance, alone on the machine (every service stopped): the runs are sent,
     * then the catalog restarts with its state kept and works them off (through its dataset step, down to the runs it
     * accepted read back); the baseline is one consumer parsing the same JSON. The runs are deleted after, so that
     * instances started later on the workload read it alone.
     */
    Map<String, Object> measure(Recovery processes, int runs, long seed, String catalogGroup) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("publish", publish(runs, seed));
        figures.put(
                "catalog",
                processes.catchUp(
                        "catalog",
                        catalogGroup,
                        TOPICS,
                        Pattern.compile(TOPICS.pattern() + "|mesh\\.governance\\.accepted")));
        processes.stop("catalog");
        figures.put("baselineJsonParse", parseAll());
        deleteAll();
        return figures;
    }

    /** Sends {@code runs} runs (two events each), seeded; returns the events sent and how fast. */
    Map<String, Object> publish(int runs, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4");
        long started = System.nanoTime(), bytes = 0;
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            for (int r = 0; r < runs; r++) {
                int p = random.nextInt(owners.size());
                String domain = owners.get(p);
                String job = "product_" + p + ".build";
                String namespace = "airflow://" + domain;
                String runId = new UUID(seed ^ 0x6f6c, r).toString();
                Instant at = START.plusSeconds(r);
                String inputs = "[" + dataset(other(random, p), "") + ", " + dataset(other(random, p), "") + "]";
                String output = "["
                        + dataset(
                                table(p),
                                ", \"facets\": {\"dataQualityMetrics\": {\"_producer\": \"" + PRODUCER
                                        + "\", \"_schemaURL\": \"https://openlineage.io/spec/facets/1-0-2/"
                                        + "DataQualityMetricsInputDatasetFacet.json\", \"rowCount\": "
                                        + (1000 + random.nextInt(9000))
                                        + ", \"columnMetrics\": {\"customer_id\": {\"nullCount\": 0}, \"revenue\":"
                                        + " {\"nullCount\": " + random.nextInt(3) + "}}}}")
                        + "]";
                String key = "run:" + namespace + "/" + job;
                String topic = "mesh." + domain + ".openlineage";
                for (String event : List.of(
                        event("START", runId, namespace, job, at, inputs, "[]"),
                        event("COMPLETE", runId, namespace, job, at.plusMillis(900), inputs, output))) {
                    bytes += event.length();
                    producer.send(new ProducerRecord<>(topic, key, event));
                }
            }
            producer.flush();
        }
        double s = seconds(started);
        long events = 2L * runs;
        return Map.of(
                "runs",
                runs,
                "events",
                events,
                "averageBytes",
                bytes / events,
                "seconds",
                s,
                "eventsPerSecond",
                events / s);
    }

    /** One consumer reading every OpenLineage topic from its start, parsing each value as a JSON tree. */
    Map<String, Object> parseAll() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
        long started = System.nanoTime(), read = 0, fields = 0;
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, Long> ends = ends();
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            long total = 0;
            for (var e : consumer.beginningOffsets(ends.keySet()).entrySet())
                total += ends.get(e.getKey()) - e.getValue();
            while (read < total) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    fields += json.readTree(record.value()).size();
                    read++;
                }
            }
        }
        double s = seconds(started);
        if (fields == 0) throw new IllegalStateException("parsed nothing");
        return Map.of("events", read, "seconds", s, "eventsPerSecond", read / s);
    }

    /** Deletes the runs (their topics stay), so that instances started later on the workload do not read them. */
    void deleteAll() throws Exception {
        Map<TopicPartition, RecordsToDelete> before = new HashMap<>();
        ends().forEach((tp, end) -> before.put(tp, RecordsToDelete.beforeOffset(end)));
        try (Admin admin = admin()) {
            admin.deleteRecords(before).all().get();
        }
    }

    private Map<TopicPartition, Long> ends() throws Exception {
        try (Admin admin = admin()) {
            return TopicOffsets.ends(admin, TOPICS);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private int other(SplittableRandom random, int p) {
        int q = random.nextInt(owners.size() - 1);
        return q >= p ? q + 1 : q;
    }

    private String table(int p) {
        return Workload.table(owners.get(p), p, 0);
    }

    private String dataset(int p, String facets) {
        return dataset(table(p), facets);
    }

    private static String dataset(String name, String facets) {
        return "{\"namespace\": \"" + Workload.WAREHOUSE + "\", \"name\": \"" + name + "\"" + facets + "}";
    }

    private static String event(
            String type, String runId, String namespace, String job, Instant at, String inputs, String outputs) {
        return "{\"eventType\": \"" + type + "\", \"eventTime\": \"" + at + "\", \"producer\": \"" + PRODUCER
                + "\", \"schemaURL\": \"" + SCHEMA + "\", \"run\": {\"runId\": \"" + runId + "\", \"facets\": {}},"
                + " \"job\": {\"namespace\": \"" + namespace + "\", \"name\": \"" + job + "\", \"facets\": {}},"
                + " \"inputs\": " + inputs + ", \"outputs\": " + outputs + "}";
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
