package io.meshgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkReportTests {

    @Test
    void theReportStatesEachTargetMetOrNotFromTheFiguresAndTheJsonKeepsTheRawNumbers() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("machine", Map.of("cores", 2, "memory", "MemTotal: 24 GiB", "jdk", "17", "os", "Linux"));
        figures.put(
                "workload",
                Map.of("seed", 42, "domains", 20, "products", 10, "registrations", 100, "measurements", 1000));
        figures.put("publish", rate(1000, 0.5));
        figures.put("baselinePlainConsumer", rate(1000, 0.01));
        figures.put("baselineAvroDecode", rate(1000, 0.02)); // 50,000 events/s
        figures.put("ingest", Map.of("catalog", rate(1000, 0.1), "quality", rate(1000, 0.5)));
        figures.put(
                "queries",
                Map.of(
                        "catalog product by id", query(3000, 4.0),
                        "lineage impact depth 6", query(500, 80.0)));
        figures.put("memory", Map.of("catalog", Map.of("heapAfterGcMiB", 200.0, "rssMiB", 600.0)));
        figures.put(
                "freshness",
                Map.of(
                        "backgroundEventsPerSecond", 2000.0,
                        "publishToQueryable", latencies(40, 120.0),
                        "deprecationToAlert", latencies(40, 300.0),
                        "publishHops",
                                Map.of(
                                        "appended", latencies(38, 4.0),
                                        "processedAndCommitted", latencies(38, 90.0),
                                        "appliedAndAnswered", latencies(38, 26.0),
                                        "acceptanceNotRead", 1,
                                        "acceptanceOutOfOrder", 2)));
        figures.put("recovery", Map.of("catalog", Map.of("restartKeptStateSeconds", 12.0, "rebuildSeconds", 75.0)));
        Map<String, Object> scaleOut = new LinkedHashMap<>();
        scaleOut.put("catalog x1", scaled(1, 10_000.0));
        scaleOut.put("catalog x2", scaled(2, 15_000.0));
        figures.put("scaleOut", scaleOut);
        Map<String, Object> sent = new LinkedHashMap<>(rate(50_000, 2.0));
        sent.put("runs", 25_000);
        sent.put("averageBytes", 900);
        figures.put(
                "openLineage",
                Map.of("publish", sent, "baselineJsonParse", rate(50_000, 0.5), "catalog", rate(50_000, 4.0)));

        figures.put(
                "framings",
                Map.of(
                        "singleObject",
                        Map.of("publish", Map.of("events", 1000, "averageBytes", 120), "quality", rate(1000, 0.1)),
                        "confluent",
                        Map.of("publish", Map.of("events", 1000, "averageBytes", 115), "quality", rate(1000, 0.125)),
                        "baselineDecodeSingleObject",
                        rate(1000, 0.01),
                        "baselineDecodeConfluent",
                        rate(1000, 0.0105)));

        String md = BenchmarkReport.markdown(figures);
        String json = BenchmarkReport.json(figures, "");

        assertThat(md)
                .contains("| ratio to baseline (b) ≥ 0.1 (catalog) | 0.20 | met |")
                .contains("| ratio to baseline (b) ≥ 0.1 (quality) | 0.04 | **not met** |")
                .contains("| product by id p99 ≤ 10 ms | 4.00 ms | met |")
                .contains("| impact at depth 6 p99 ≤ 50 ms | 80.00 ms | **not met** |")
                .contains("| heap ≤ 512 MiB (catalog) | 200 MiB | met |")
                .contains("| publish → queryable p99 ≤ 250 ms | 120 ms | met |")
                .contains("| deprecation → alert p99 ≤ 250 ms | 300 ms | **not met** |")
                .contains("| processed and committed (its acceptance visible on `mesh.governance.accepted`, read"
                        + " committed) | 38 |")
                .contains("Not split: 1 probes whose acceptance was not read, 2 read before the acknowledgement")
                .contains("| restart with kept state ≤ 15 s (catalog) | 12.00 s | met |")
                .contains("| rebuild ≤ 60 s (catalog) | 75.00 s | **not met** |")
                .contains("| 2 | 1000 | 0.07 | 15,000 | 1.50 |")
                .contains("| catalog-service | 50000 | 4.00 | 12,500 | 0.13 |")
                .contains(
                        "| OpenLineage ingest ≥ 20,000 events/s per instance (catalog) | 12,500 events/s | **not met** |")
                .contains("| (b) decode, Confluent (ids cached) | 1000 | 0.01 | 95,238 | 0.95 |")
                .contains("| decode (b): Confluent-framed within 10% of single-object | 0.95 | met |")
                .contains("| quality ingest: Confluent-framed within 10% of single-object | 0.80 | **not met** |");
        assertThat(JsonPath.<Double>read(json, "$.ingest.catalog.eventsPerSecond"))
                .isEqualTo(10_000.0);
    }

    @Test
    void aRewriteKeepsTheHandWrittenFindingsAndReplacesTheFigures() {
        String previous = "# Benchmarks\n\n| old figures |\n\n" + BenchmarkReport.NOTES + "\n\nprofiled: JSON.\n";

        String rewritten = BenchmarkReport.withNotes("# Benchmarks\n\n| new figures |\n", previous);

        assertThat(rewritten)
                .contains("| new figures |")
                .doesNotContain("| old figures |")
                .endsWith(BenchmarkReport.NOTES + "\n\nprofiled: JSON.\n");
    }

    private static Map<String, Object> latencies(int samples, double p99) {
        return Map.of("samples", samples, "p50Millis", p99 / 3, "p99Millis", p99, "maxMillis", p99 * 2);
    }

    private static Map<String, Object> scaled(int instances, double perSecond) {
        return Map.of(
                "instances",
                instances,
                "events",
                1000L,
                "secondsToHealthy",
                8.0,
                "seconds",
                1000 / perSecond,
                "eventsPerSecond",
                perSecond);
    }

    private static Map<String, Object> rate(long events, double seconds) {
        return Map.of("events", events, "seconds", seconds, "eventsPerSecond", events / seconds);
    }

    private static Map<String, Object> query(double perSecond, double p99) {
        return Map.of(
                "requests",
                (long) perSecond * 5,
                "requestsPerSecond",
                perSecond,
                "p50Millis",
                p99 / 2,
                "p99Millis",
                p99,
                "serverErrors",
                0L);
    }
}
