package io.meshgov.catalog.stream;

import static io.meshgov.fixtures.MeshFixtures.TOP_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.GovernanceSettings;
import io.meshgov.catalog.governance.avro.AvroOutputSchemas;
import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.events.AlertNotice;
import io.meshgov.events.AlertState;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.GovernanceViolation;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.streams.ViewListener;
import io.meshgov.kit.test.DriverTopics;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog's real topology (route, repartition by product, decode, govern, announce, read model) in a
 * {@link TopologyTestDriver}: the edge's mistakes in milliseconds instead of through a broker.
 *
 * <p>What the driver cannot show, left to the broker tests ({@code DeadLettersAndRedeliveryTests},
 * {@code MalformedAtScaleTests}, e2e): it runs one task over one partition of each topic, so that a product's
 * events from several partitions meet in one task is seen only as the repartition record's key; every topic the
 * input pattern matches shares one partition and one offset sequence; there are no transactions, and the global
 * views are fed straight from the changelog records, not restored.
 */
class CatalogTopologyTests {

    static final String APPLICATION_ID = "meshgov-catalog";
    static final Instant NOW = MeshFixtures.T0.plus(Duration.ofDays(31));

    @TempDir
    Path stateDir;

    @AutoClose
    TopologyTestDriver driver;

    TestOutputTopic<String, EventAccepted> accepted;
    TestOutputTopic<String, GovernanceViolation> violations;
    TestOutputTopic<String, byte[]> deadLetters;
    CatalogReadModel readModel;

    @BeforeEach
    void start() {
        driver = driver(stateDir);
        accepted = DriverTopics.events(
                driver, Topics.GOVERNANCE_ACCEPTED, EventSerdes.accepted().deserializer());
        violations = DriverTopics.events(
                driver, Topics.GOVERNANCE_VIOLATIONS, EventSerdes.violations().deserializer());
        deadLetters = DriverTopics.raw(driver, Topics.CATALOG_DEAD_LETTER);
        readModel = new CatalogReadModel(driver::getKeyValueStore);
    }

    @Test
    void acceptsAnEventUnderItsProductWhateverKeyItCameWith() {
        input("mesh.sales.products").pipeInput("batch-17", encode(MeshFixtures.top10CustomersV21()), MeshFixtures.T0);

        TestOutputTopic<String, byte[]> repartition =
                DriverTopics.raw(driver, APPLICATION_ID + "-by-product-repartition");
        assertThat(repartition.readRecordsToList()).extracting(TestRecord::key).containsExactly(TOP_10);
        TestRecord<String, EventAccepted> record = accepted.readRecord();
        assertThat(record.key()).isEqualTo(TOP_10);
        assertThat(record.getRecordTime()).as("the input's own timestamp").isEqualTo(MeshFixtures.T0);
        EventAccepted fact = record.value();
        assertThat(fact.getEvent()).isEqualTo(MeshFixtures.top10CustomersV21());
        assertThat(fact.getPosition()).isEqualTo(1);
        assertThat(fact.getDomain()).isEqualTo("sales");
        assertThat(fact.getSourceTopic() + "@" + fact.getSourceOffset()).isEqualTo("mesh.sales.products@0");
        assertThat(readModel.product(TOP_10)).hasValueSatisfying(product -> {
            assertThat(product.domain()).isEqualTo("sales");
            assertThat(product.versions()).containsOnlyKeys("2.1.0");
        });
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void deadLettersWhatItCannotRouteAsReceivedAndGoesOn() {
        byte[] garbage = "{\"productId\":\"top-10-customers\"}".getBytes(StandardCharsets.UTF_8);
        byte[] measurement = encode(MeshFixtures.completenessOfV21(0.97));
        RecordHeaders traced = new RecordHeaders();
        traced.add("traceparent", "00-abc-def-01".getBytes(StandardCharsets.UTF_8));
        traced.add(DeadLetterHeaders.REASON, "a producer's own claim".getBytes(StandardCharsets.UTF_8));
        TestInputTopic<String, byte[]> sales = input("mesh.sales.products");

        sales.pipeInput(new TestRecord<>("first", garbage, traced, MeshFixtures.T0));
        sales.pipeInput("second", measurement, MeshFixtures.T0);
        sales.pipeInput("third", encode(MeshFixtures.top10CustomersV21()), MeshFixtures.T0);

        TestRecord<String, byte[]> first = deadLetters.readRecord();
        assertThat(first.key()).isEqualTo("first");
        assertThat(first.value()).isEqualTo(garbage);
        assertThat(header(first, DeadLetterHeaders.REASON))
                .isEqualTo("wrong marker 0x7B 0x22: not Avro single-object encoding (expected 0xC3 0x01) nor the"
                        + " Confluent framing (0x00)");
        assertThat(header(first, "traceparent"))
                .as("the producer's headers travel")
                .isEqualTo("00-abc-def-01");
        assertThat(first.headers().headers(DeadLetterHeaders.REASON))
                .as("only ours")
                .hasSize(1);
        assertThat(coordinates(first)).isEqualTo("catalog-service read mesh.sales.products 0@0");
        TestRecord<String, byte[]> second = deadLetters.readRecord();
        assertThat(second.key()).isEqualTo("second");
        assertThat(second.value()).isEqualTo(measurement);
        assertThat(header(second, DeadLetterHeaders.REASON))
                .isEqualTo("io.meshgov.events.QualityMeasured does not belong on mesh.sales.products");
        assertThat(coordinates(second)).isEqualTo("catalog-service read mesh.sales.products 0@1");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(accepted.readValuesToList())
                .extracting(EventAccepted::getSourceOffset)
                .containsExactly(2L);
    }

    @Test
    void deadLettersABrokenBodyKeyedAsItCameAndReadWhereItCameFromAfterTheRepartition() {
        byte[] whole = encode(MeshFixtures.top10CustomersV21());
        byte[] truncated = Arrays.copyOf(whole, whole.length - 20);

        input("mesh.sales.products").pipeInput("batch-17", truncated, MeshFixtures.T0);

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("batch-17");
        assertThat(dead.value()).isEqualTo(truncated);
        assertThat(header(dead, DeadLetterHeaders.REASON))
                .startsWith("cannot decode io.meshgov.events.DataProductVersionPublished: ");
        assertThat(coordinates(dead)).isEqualTo("catalog-service read mesh.sales.products 0@0");
        assertThat(accepted.isEmpty()).isTrue();
    }

    @Test
    void announcesARuleBreakingInputAsAViolationAndDoesNotAcceptIt() {
        input("mesh.sales.products").pipeInput(TOP_10, encode(MeshFixtures.top10CustomersV21()), MeshFixtures.T0);
        input("mesh.marketing.products").pipeInput(TOP_10, encode(MeshFixtures.top10CustomersV30()), NOW);

        TestRecord<String, GovernanceViolation> record = violations.readRecord();
        assertThat(record.key()).isEqualTo(TOP_10);
        assertThat(record.getRecordTime()).as("when it was announced").isEqualTo(NOW);
        GovernanceViolation violation = record.value();
        assertThat(violation.getRuleId()).isEqualTo("ownership");
        assertThat(violation.getReason())
                .isEqualTo("top-10-customers belongs to domain sales; domain marketing may not publish its versions");
        assertThat(violation.getDomain()).isEqualTo("marketing");
        assertThat(violation.getSourceTopic()).isEqualTo("mesh.marketing.products");
        assertThat(violation.getOffendingEventId())
                .isEqualTo(MeshFixtures.top10CustomersV30().getEventId());
        assertThat(violations.isEmpty()).isTrue();
        assertThat(accepted.readValuesToList())
                .extracting(fact -> fact.getSourceTopic() + " " + fact.getPosition())
                .containsExactly("mesh.sales.products 1");
        assertThat(readModel.product(TOP_10).map(Product::versions))
                .hasValueSatisfying(versions -> assertThat(versions).containsOnlyKeys("2.1.0"));
    }

    @Test
    void holdsARegistrationFromAnotherDomainsTopicUntilItsVersionIsPublished() {
        input("mesh.marketing.consumers")
                .pipeInput("dashboards", encode(MeshFixtures.salesDashboardOnV21()), MeshFixtures.T0);
        assertThat(accepted.isEmpty()).as("held, not decided").isTrue();

        input("mesh.sales.products").pipeInput(TOP_10, encode(MeshFixtures.top10CustomersV21()), MeshFixtures.T0);

        assertThat(accepted.readValuesToList())
                .extracting(fact -> fact.getPosition() + " " + fact.getDomain() + " " + fact.getSourceTopic())
                .containsExactly("1 sales mesh.sales.products", "2 marketing mesh.marketing.consumers");
        assertThat(readModel.registrations(TOP_10, "2.1.0"))
                .extracting(r -> r.consumerId() + " from " + r.domain())
                .containsExactly("sales-dashboard from marketing");
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void checksTheAlertsAgainstTheWallClockAFewAtATimeAndEachOnlyOncePerPass() {
        driver.close();
        driver = driver(stateDir, 10); // the driver commits, flushing every store, after each record: a few are enough
        var alerts =
                DriverTopics.events(driver, Topics.ALERTS, EventSerdes.alerts().deserializer());
        Instant deprecatedAt = MeshFixtures.T0.plus(Duration.ofDays(1));
        input("mesh.sales.products").pipeInput(TOP_10, encode(MeshFixtures.top10CustomersV21()), MeshFixtures.T0);
        var consumers = input("mesh.marketing.consumers");
        for (int i = 0; i < 25; i++) {
            consumers.pipeInput(TOP_10, encode(registration("consumer-" + i)), MeshFixtures.T0);
        }
        input("mesh.sales.products")
                .pipeInput(
                        TOP_10,
                        encode(PipelineEvents.lifecycle(TOP_10, "2.1")
                                .occurredAt(deprecatedAt)
                                .reason("load")
                                .sunsetAt(NOW.plus(Duration.ofDays(5))) // within the 7-day escalation window now
                                .deprecated()),
                        deprecatedAt);
        assertThat(alerts.readValuesToList())
                .as("alerts opened by the deprecation")
                .hasSize(25)
                .allSatisfy(alert -> assertThat(alert.getState()).isEqualTo(AlertState.OPEN));

        List<Integer> checkedPerStep = new ArrayList<>();
        Set<String> escalated = new HashSet<>();
        for (int step = 0; step < 4; step++) {
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            List<String> changed = alerts.readValuesToList().stream()
                    .filter(alert ->
                            alert.getState() == AlertState.ESCALATED && alert.getNotice() == AlertNotice.STATE_CHANGED)
                    .map(alert -> alert.getConsumerId().toString())
                    .toList();
            checkedPerStep.add(changed.size());
            escalated.addAll(changed);
        }
        assertThat(checkedPerStep).as("alerts escalated per one-second step").containsExactly(10, 10, 5, 0);
        assertThat(escalated).as("consumers whose alert escalated").hasSize(25);

        driver.advanceWallClockTime(Duration.ofSeconds(60)); // the next pass: nothing left to change
        assertThat(alerts.isEmpty()).isTrue();
    }

    private static SpecificRecord registration(String consumer) {
        return PipelineEvents.consumer(consumer, TOP_10, "2.1")
                .occurredAt(MeshFixtures.T0.plusSeconds(3_600))
                .kind(ConsumerKind.SYSTEM)
                .purpose("load")
                .contact("ops@example.com")
                .registered();
    }

    /** The catalog's whole topology with the defaults, its clock fixed at {@link #NOW}. */
    static TopologyTestDriver driver(Path stateDir) {
        return driver(stateDir, 2_000);
    }

    private static TopologyTestDriver driver(Path stateDir, int escalationBatch) {
        StreamsBuilder builder = new StreamsBuilder();
        CatalogTopology.build(
                builder,
                new CatalogLedger(new Governance(GovernanceSettings.defaultsOnly(), new AvroOutputSchemas())),
                Clock.fixed(NOW, ZoneOffset.UTC),
                new CatalogSettings(
                        4, (short) 1, Duration.ofSeconds(60), escalationBatch, Duration.ofMinutes(5), 10_000),
                CatalogTopology.readModel(APPLICATION_ID),
                EventCodec.singleObject(),
                ViewListener.NONE);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(builder.build(), properties, NOW);
    }

    private TestInputTopic<String, byte[]> input(String topic) {
        return driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer());
    }

    private static byte[] encode(SpecificRecord event) {
        return EventSerdes.anyEvent().serializer().serialize("any", event);
    }

    private static String coordinates(TestRecord<String, byte[]> dead) {
        return header(dead, DeadLetterHeaders.SERVICE) + " read " + header(dead, DeadLetterHeaders.SOURCE_TOPIC) + " "
                + header(dead, DeadLetterHeaders.SOURCE_PARTITION) + "@"
                + header(dead, DeadLetterHeaders.SOURCE_OFFSET);
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
