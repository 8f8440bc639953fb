package io.meshgov.quality.stream;

import static io.meshgov.fixtures.MeshFixtures.T0;
import static io.meshgov.fixtures.MeshFixtures.TOP_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.QualityMeasured;
import io.meshgov.events.QualityStatusChanged;
import io.meshgov.events.RunAccepted;
import io.meshgov.events.RunAssertion;
import io.meshgov.events.VersionLifecycle;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.DriverTopics;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.KpiState;
import io.meshgov.quality.view.QualityReadModel;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality's real topology (route, repartition by product, decode, track, announce, read model) in a
 * {@link TopologyTestDriver}, fed the domains' measurements and what the catalog accepted, as each writes them.
 *
 * <p>Left to the broker tests ({@code QualityServiceTests}, {@code InstancesAndReplayTests}): the driver runs one task
 * over one partition, so a measurement and its version meeting in one task is seen only as the repartition records'
 * key; every topic the input pattern matches shares that partition and one offset sequence (the coordinates below
 * count across topics); there are no transactions, and the global views are fed straight from the changelogs.
 */
class QualityTopologyTests {

    static final String APPLICATION_ID = "meshgov-quality";
    static final Instant NOW = T0.plus(Duration.ofHours(25));

    @TempDir
    Path stateDir;

    @AutoClose
    TopologyTestDriver driver;

    TestInputTopic<String, byte[]> accepted;
    TestOutputTopic<String, QualityStatusChanged> statuses;
    TestOutputTopic<String, byte[]> deadLetters;
    QualityReadModel readModel;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        QualitySettings settings = new QualitySettings(
                4,
                (short) 1,
                Duration.ofHours(24),
                Map.of(),
                Duration.ofSeconds(60),
                Duration.ofDays(90),
                List.of(),
                10_000,
                Duration.ofHours(1),
                100_000);
        QualityTopology.build(
                builder,
                settings,
                Clock.fixed(NOW, ZoneOffset.UTC),
                QualityTopology.readModel(APPLICATION_ID),
                EventCodec.singleObject());
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), properties, NOW);
        accepted = input(Topics.GOVERNANCE_ACCEPTED);
        statuses = DriverTopics.events(
                driver, Topics.QUALITY_STATUS, EventSerdes.qualityStatus().deserializer());
        deadLetters = DriverTopics.raw(driver, Topics.QUALITY_DEAD_LETTER);
        readModel = new QualityReadModel(driver::getKeyValueStore);
    }

    @Test
    void countsAMeasurementKeyedAnyhowOnceTheCatalogAcceptedItsVersion() {
        input("mesh.sales.quality")
                .pipeInput("run-2026-01-05", encode(MeshFixtures.completenessOfV21(0.97)), T0.plusSeconds(600));
        assertThat(statuses.isEmpty()).as("its version is not accepted yet").isTrue();

        accepted.pipeInput(TOP_10, encode(fact(MeshFixtures.top10CustomersV21())), T0.plusSeconds(660));

        TestOutputTopic<String, byte[]> repartition =
                DriverTopics.raw(driver, APPLICATION_ID + "-by-product-repartition");
        assertThat(repartition.readRecordsToList()).extracting(TestRecord::key).containsExactly(TOP_10, TOP_10);
        TestRecord<String, QualityStatusChanged> record = statuses.readRecord();
        assertThat(record.key()).isEqualTo(TOP_10);
        QualityStatusChanged changed = record.value();
        assertThat(changed.getVersion() + " " + changed.getKpi() + " of " + changed.getDomain())
                .isEqualTo("2.1.0 completeness of sales");
        assertThat(changed.getPreviousStatus() + "->" + changed.getStatus()).isEqualTo("null->FAILING");
        assertThat(changed.getValue() + " against " + changed.getThreshold()).isEqualTo("0.97 against 0.99");
        assertThat(statuses.isEmpty()).isTrue();
        assertThat(readModel.kpis(TOP_10, "2.1.0"))
                .extracting(kpi -> kpi.kpi() + " " + kpi.status() + " " + kpi.value())
                .containsExactly("completeness FAILING 0.97", "freshness_minutes null null");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void followsTheStatusAnOwnersDecisionLeftAtItsPosition() {
        accepted.pipeInput(
                TOP_10, encode(CatalogDecisions.accepted("sales", MeshFixtures.top10CustomersV21(), 1, 0)), T0);
        accepted.pipeInput(
                TOP_10, encode(CatalogDecisions.accepted("sales", MeshFixtures.top10V21DeprecatedFor30(), 2, 1)), T0);
        assertThat(readModel.version(TOP_10, "2.1.0").orElseThrow().status()).isEqualTo("DEPRECATED");

        accepted.pipeInput(TOP_10, encode(keptInService(3)), T0.plusSeconds(60));
        accepted.pipeInput(
                TOP_10, encode(CatalogDecisions.accepted("sales", MeshFixtures.top10V21DeprecatedFor30(), 2, 1)), T0);

        assertThat(readModel.version(TOP_10, "2.1.0").orElseThrow().status())
                .as("ACTIVE again; the deprecation read again is applied already")
                .isEqualTo("ACTIVE");
    }

    /**
     * The catalog accepts a registration for every consumer that arrives: quality applies none of them, so it writes
     * nothing for them, and a deprecation after them is still applied at its position.
     */
    @Test
    void registrationsTheCatalogAcceptedWriteNothingAndLaterDecisionsStillApply() {
        TestOutputTopic<String, byte[]> products =
                DriverTopics.raw(driver, APPLICATION_ID + "-quality-products-changelog");
        accepted.pipeInput(
                TOP_10, encode(CatalogDecisions.accepted("sales", MeshFixtures.top10CustomersV21(), 1, 0)), T0);
        assertThat(products.readRecordsToList()).hasSize(1);

        accepted.pipeInput(
                TOP_10, encode(CatalogDecisions.accepted("marketing", MeshFixtures.salesDashboardOnV21(), 2, 0)), T0);
        accepted.pipeInput(TOP_10, encode(CatalogDecisions.accepted("finance", MeshFixtures.analystOnV21(), 3, 0)), T0);
        assertThat(products.isEmpty())
                .as("nothing written for the registrations")
                .isTrue();

        accepted.pipeInput(
                TOP_10, encode(CatalogDecisions.accepted("sales", MeshFixtures.top10V21DeprecatedFor30(), 4, 1)), T0);
        accepted.pipeInput(
                TOP_10, encode(CatalogDecisions.accepted("sales", MeshFixtures.top10CustomersV21(), 1, 0)), T0);
        assertThat(products.readRecordsToList())
                .as("the deprecation's position")
                .hasSize(1);
        assertThat(readModel.version(TOP_10, "2.1.0").orElseThrow().status()).isEqualTo("DEPRECATED");
        assertThat(statuses.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    private static LifecycleDecided keptInService(long position) {
        return LifecycleDecided.newBuilder()
                .setEventId("decided-" + position)
                .setOccurredAt(T0.plusSeconds(60))
                .setProductId(TOP_10)
                .setPosition(position)
                .setDomain("sales")
                .setSourceTopic("mesh.sales.products")
                .setSourcePartition(0)
                .setSourceOffset(position)
                .setDecisionEventId("decision-" + position)
                .setDecisionType("io.meshgov.events.DataProductVersionKeptInService")
                .setVersion("2.1.0")
                .setStatus(VersionLifecycle.ACTIVE)
                .build();
    }

    @Test
    void countsTheQualityFacetsOfARunTheCatalogBoundToAVersionAsItsKpis() {
        accepted.pipeInput(TOP_10, encode(fact(MeshFixtures.top10CustomersV21())), T0);
        RunAccepted run = RunAccepted.newBuilder(CatalogDecisions.run(TOP_10, "2.1.0", "sales", "run-1", T0))
                .setRowCount(9L)
                .setNullCounts(Map.of("revenue", 2L))
                .setAssertions(List.of(
                        new RunAssertion("not_null", "customer_id", true),
                        new RunAssertion("row_count_is_10", null, false)))
                .build();

        accepted.pipeInput(TOP_10, encode(run), T0.plusSeconds(60));
        accepted.pipeInput(TOP_10, encode(run), T0.plusSeconds(61));

        assertThat(readModel.kpis(TOP_10, "2.1.0"))
                .extracting(kpi -> kpi.kpi() + " " + kpi.value())
                .contains(
                        "row_count 9.0",
                        "null_count.revenue 2.0",
                        "assertion.not_null.customer_id 1.0",
                        "assertion.row_count_is_10 0.0");
        assertThat(readModel.history(TOP_10, "2.1.0", "row_count"))
                .as("the same run read again counts once")
                .extracting(HourlyBucket::count)
                .containsExactly(1L);
        assertThat(readModel.kpis(TOP_10, "2.1.0"))
                .filteredOn(kpi -> kpi.kpi().equals("row_count"))
                .extracting(KpiState::runId)
                .containsExactly("run-1");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void deadLettersWhatItCannotRouteOrDecodeAsReceivedAndGoesOn() {
        byte[] garbage = "not an avro record".getBytes(StandardCharsets.UTF_8);
        byte[] publication = encode(MeshFixtures.top10CustomersV21());
        byte[] whole = encode(MeshFixtures.completenessOfV21(0.97));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 12);
        TestInputTopic<String, byte[]> sales = input("mesh.sales.quality");

        accepted.pipeInput("first", garbage, T0);
        sales.pipeInput("second", publication, T0);
        sales.pipeInput("third", truncated, T0);
        accepted.pipeInput(TOP_10, encode(fact(MeshFixtures.top10CustomersV21())), T0);
        sales.pipeInput("fourth", whole, T0);

        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(TestRecord::value).containsExactly(garbage, publication, truncated);
        assertThat(dead)
                .extracting(letter ->
                        letter.key() + " " + coordinates(letter) + ": " + header(letter, DeadLetterHeaders.REASON))
                .satisfiesExactly(
                        first -> assertThat(first)
                                .isEqualTo(
                                        "first mesh.governance.accepted 0@0: wrong marker 0x6E 0x6F: not Avro"
                                                + " single-object encoding (expected 0xC3 0x01) nor the Confluent framing (0x00)"),
                        second -> assertThat(second)
                                .isEqualTo(
                                        "second mesh.sales.quality 0@1: io.meshgov.events.DataProductVersionPublished"
                                                + " does not belong on mesh.sales.quality"),
                        third -> assertThat(third)
                                .startsWith("third mesh.sales.quality 0@2: cannot decode"
                                        + " io.meshgov.events.QualityMeasured: "));
        assertThat(dead).allSatisfy(letter -> assertThat(header(letter, DeadLetterHeaders.SERVICE))
                .isEqualTo("quality-service"));
        assertThat(statuses.readValuesToList())
                .extracting(changed -> changed.getKpi() + " " + changed.getStatus())
                .containsExactly("completeness FAILING");
    }

    @Test
    void deadLettersAMeasurementWhoseVersionIsNotAcceptedWithinThePendingWindow() {
        byte[] early = encode(MeshFixtures.completenessOfV21(0.97));
        input("mesh.sales.quality").pipeInput("run-2026-01-05", early, T0);

        input("mesh.finance.quality")
                .pipeInput(
                        "paid-invoices",
                        encode(PipelineEvents.measured("paid-invoices", "1.4", "completeness", 1.0)
                                .runId("run-2026-01-05")
                                .build()),
                        T0.plus(Duration.ofMinutes(61)));

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.value()).isEqualTo(early);
        assertThat(header(dead, DeadLetterHeaders.REASON))
                .isEqualTo("no version 2.1.0 of top-10-customers was accepted by the catalog within 60 minutes of"
                        + " the measurement");
        assertThat(header(dead, DeadLetterHeaders.EXCEPTION)).isEqualTo("invalid measurement");
        assertThat(coordinates(dead)).isEqualTo("mesh.sales.quality 0@0");
        assertThat(deadLetters.isEmpty()).as("the later one still waits").isTrue();
    }

    @Test
    void marksUnmeasuredKpisStaleOnTheWallClock() {
        accepted.pipeInput(TOP_10, encode(fact(MeshFixtures.top10CustomersV21())), T0);

        driver.advanceWallClockTime(Duration.ofSeconds(60));

        assertThat(statuses.readRecordsToList())
                .extracting(r -> r.key() + " " + r.value().getKpi() + " "
                        + r.value().getPreviousStatus() + "->" + r.value().getStatus())
                .containsExactly(
                        "top-10-customers completeness null->STALE", "top-10-customers freshness_minutes null->STALE");
    }

    /**
     * One key per counted measurement: those past the history's retention go within a second, not at the next stale
     * check (60 s), so that dropping them keeps up with any rate a task takes measurements in.
     */
    @Test
    void dropsTheIdsOfMeasurementsPastTheRetentionEverySecond() {
        accepted.pipeInput(TOP_10, encode(fact(MeshFixtures.top10CustomersV21())), T0);
        Instant old = NOW.minus(Duration.ofDays(91));
        QualityMeasured expired = PipelineEvents.measured(TOP_10, "2.1", "completeness", 0.995)
                .measuredAt(old)
                .occurredAt(old)
                .runId("run-old")
                .build();
        QualityMeasured kept = PipelineEvents.measured(TOP_10, "2.1", "completeness", 0.995)
                .measuredAt(T0)
                .occurredAt(T0)
                .runId("run-kept")
                .build();
        input("mesh.sales.quality").pipeInput("run-old", encode(expired), T0.plusSeconds(1));
        input("mesh.sales.quality").pipeInput("run-kept", encode(kept), T0.plusSeconds(2));
        KeyValueStore<String, byte[]> counted = driver.getKeyValueStore("quality-counted");
        assertThat(keys(counted)).hasSize(2);

        driver.advanceWallClockTime(Duration.ofSeconds(1));

        assertThat(keys(counted)).singleElement().asString().endsWith(kept.getEventId());
        assertThat(readModel.history(TOP_10, "2.1.0", "completeness"))
                .as("the buckets wait for the stale check")
                .hasSize(2);
    }

    private static List<String> keys(KeyValueStore<String, byte[]> store) {
        List<String> keys = new java.util.ArrayList<>();
        try (var all = store.all()) {
            all.forEachRemaining(kv -> keys.add(kv.key));
        }
        return keys;
    }

    private TestInputTopic<String, byte[]> input(String topic) {
        return driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer());
    }

    private static SpecificRecord fact(SpecificRecord input) {
        return CatalogDecisions.accepted("sales", input, 1, 0);
    }

    private static byte[] encode(SpecificRecord event) {
        return EventSerdes.anyEvent().serializer().serialize("any", event);
    }

    private static String coordinates(TestRecord<String, byte[]> dead) {
        return header(dead, DeadLetterHeaders.SOURCE_TOPIC) + " " + header(dead, DeadLetterHeaders.SOURCE_PARTITION)
                + "@" + header(dead, DeadLetterHeaders.SOURCE_OFFSET);
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
