package io.meshgov.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.events.QualityMeasured;
import io.meshgov.events.QualityStatusChanged;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.MutableClock;
import io.meshgov.kit.test.OpenApiContract;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.quality.support.QualityIntegrationTest;
import io.meshgov.quality.support.StatusChanges;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * The seed's "Measure" step through a real broker: 2.1 misses the net-30 invoices and fails completeness, 3.0 passes;
 * transitions, late and early measurements, staleness on the wall clock, invalid values and redelivery.
 */
@QualityIntegrationTest
class QualityServiceTests {

    static final Instant T0 = MeshFixtures.T0;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MutableClock clock;

    @Test
    void tracksKpisPerVersionAndAnnouncesOnlyTransitions() {
        Api api = new Api(port);
        List<QualityMeasured> measurements = List.of(
                measured("2.1", "completeness", 0.97, 5),
                measured("3.0", "completeness", 0.995, 10),
                measured("3.0", "freshness_minutes", 30, 11),
                measured("3.0", "freshness_minutes", 2000, 12),
                measured("3.0", "freshness_minutes", 45, 13),
                measured("3.0", "completeness", 0.5, 1));
        try (Domains domains = new Domains(broker.getBrokersAsString());
                CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            domains.publish("sales", measurements.get(0)); // before its version is published
            catalog.accept("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
            measurements.subList(1, measurements.size()).forEach(m -> domains.publish("sales", m));
            domains.publish("sales", invalid(Double.NaN, "2.1"), invalid(0.9, "latest"));
            domains.publish("marketing", measured("2.1", "completeness", 0.999, 30)); // sales' product, not theirs

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode v30 = api.ok("/api/quality/products/top-10-customers/versions/3.0");
                assertThat(kpi(v30, "freshness_minutes").get("latestValue").asDouble())
                        .isEqualTo(45);
                assertThat(kpi(v30, "completeness").get("latestValue").asDouble())
                        .as("late 0.5 is older")
                        .isEqualTo(0.995);
                // the late measurement is published last: wait for it too, not only for the values it must not change
                assertThat(api.ok("/api/quality/products/top-10-customers/versions/3.0/kpis/completeness/history"
                                        + "?from=2026-01-05T00:00:00Z&to=2026-01-06T00:00:00Z")
                                .at("/buckets/0/count")
                                .asInt())
                        .isEqualTo(2);
            });
            JsonNode compare = api.ok("/api/quality/products/top-10-customers/compare?versions=2.1,3.0");
            assertThat(compare.at("/kpis/completeness/2.1.0/status").asString()).isEqualTo("FAILING");
            assertThat(compare.at("/kpis/completeness/3.0.0/status").asString()).isEqualTo("PASSING");
            assertThat(compare.at("/scores/2.1.0").asDouble()).isZero();
            assertThat(compare.at("/scores/3.0.0").asDouble()).isEqualTo(1.0);
            assertThat(api.ok("/api/quality/breaches?domain=sales").findValuesAsString("version"))
                    .containsExactly("2.1.0");
            JsonNode history = api.ok("/api/quality/products/top-10-customers/versions/3.0/kpis/completeness/history"
                    + "?from=2026-01-05T00:00:00Z&to=2026-01-06T00:00:00Z");
            assertThat(history.get("buckets")).hasSize(1);
            assertThat(history.at("/buckets/0/count").asInt())
                    .as("the late measurement lands in its bucket")
                    .isEqualTo(2);
            assertThat(history.at("/buckets/0/min").asDouble()).isEqualTo(0.5);
            assertThat(history.at("/buckets/0/last").asDouble()).isEqualTo(0.995);

            List<QualityStatusChanged> freshness = statusEvents().stream()
                    .filter(e -> e.getVersion().equals("3.0.0") && e.getKpi().equals("freshness_minutes"))
                    .toList();
            assertThat(freshness)
                    .extracting(e -> e.getPreviousStatus() + "->" + e.getStatus())
                    .containsExactly("null->PASSING", "PASSING->FAILING", "FAILING->PASSING");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TopicReader.readBytes(
                            broker.getBrokersAsString(), Topics.QUALITY_DEAD_LETTER, Duration.ofSeconds(2)))
                    .extracting(r -> header(r, DeadLetterHeaders.REASON))
                    .containsExactlyInAnyOrder(
                            "value NaN of KPI completeness is not a finite number",
                            "version 'latest' is not a semantic version",
                            "top-10-customers belongs to domain sales; domain marketing may not report its"
                                    + " quality"));
            assertThat(kpi(api.ok("/api/quality/products/top-10-customers/versions/2.1"), "completeness")
                            .get("latestValue")
                            .asDouble())
                    .as("another domain's later measurement counts for nothing")
                    .isEqualTo(0.97);

            int before = statusEvents().size();
            measurements.forEach(m -> domains.publish("sales", m)); // redelivered
            domains.publish("sales", measured("3.0", "completeness", 0.999, 20));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                            kpi(api.ok("/api/quality/products/top-10-customers/versions/3.0"), "completeness")
                                    .get("latestValue")
                                    .asDouble())
                    .isEqualTo(0.999));
            assertThat(statusEvents()).as("redelivery announces nothing").hasSize(before);
            assertThat(api.ok("/api/quality/products/top-10-customers/versions/3.0/kpis/completeness/history"
                                    + "?from=2026-01-05T00:00:00Z&to=2026-01-06T00:00:00Z")
                            .at("/buckets/0/count")
                            .asInt())
                    .as("redelivered measurements are not counted twice")
                    .isEqualTo(3);
        }

        clock.set(T0.plus(Duration.ofHours(30)));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.ok("/api/quality/products/top-10-customers/versions/3.0")
                                .get("kpis")
                                .findValuesAsString("status"))
                        .containsOnly("STALE"));
        assertThat(statusEvents()).extracting(QualityStatusChanged::getEventId).doesNotHaveDuplicates();
    }

    @Test
    void reportsHealthOpenApiAndCappedKpiGauges() {
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/actuator/health").status() == 200);

        assertThat(api.ok("/actuator/health")
                        .at("/components/kafkaStreams/details/state")
                        .asString())
                .isEqualTo("RUNNING");
        assertThat(api.ok("/v3/api-docs").get("paths").propertyNames())
                .contains(
                        "/api/quality/products/{productId}/versions/{version}",
                        "/api/quality/products/{productId}/versions/{version}/kpis/{kpi}/history",
                        "/api/quality/products/{productId}/compare",
                        "/api/quality/breaches");
        OpenApiContract.assertServedAsCheckedIn(api, "quality-service");
        assertThat(api.get("/actuator/prometheus").raw()).contains("meshgov_quality_kpi_series_dropped");
    }

    @Test
    void answersBadParametersWithProblemDetails() {
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/quality/breaches").status() == 200);

        assertThat(api.get("/api/quality/products/top-10-customers/compare?versions=2.1")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/quality/products/top-10-customers/compare?versions=2.1,x")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/quality/products/top-10-customers/versions/2.1/kpis/c/history?from=yesterday")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/quality/products/top-10-customers/versions/2.1/kpis/c/history"
                                + "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/quality/products/no-such/versions/1.0").status())
                .isEqualTo(404);
        assertThat(api.get("/api/quality/breaches?domain=NOPE").contentType()).startsWith("application/problem+json");
    }

    private List<QualityStatusChanged> statusEvents() {
        return StatusChanges.announced(broker.getBrokersAsString());
    }

    private static QualityMeasured measured(String version, String kpi, double value, int minutes) {
        return PipelineEvents.measured(MeshFixtures.TOP_10, version, kpi, value)
                .eventId(java.util
                        .UUID
                        .nameUUIDFromBytes((version + kpi + value + minutes).getBytes())
                        .toString())
                .measuredAt(T0.plus(Duration.ofMinutes(minutes)))
                .occurredAt(T0.plus(Duration.ofMinutes(minutes)))
                .runId("run-" + minutes)
                .build();
    }

    /** Built without the pipeline builder, as a non-Java pipeline could send it. */
    private static QualityMeasured invalid(double value, String version) {
        return QualityMeasured.newBuilder(measured("2.1", "completeness", 0.9, 99))
                .setValue(value)
                .setVersion(version)
                .setEventId(java.util.UUID.randomUUID().toString())
                .build();
    }

    private static JsonNode kpi(JsonNode version, String name) {
        for (JsonNode kpi : version.get("kpis")) if (kpi.get("kpi").asString().equals(name)) return kpi;
        throw new AssertionError("no KPI " + name + " in " + version);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
