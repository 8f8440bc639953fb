package io.meshgov.lineage.stream;

import static io.meshgov.fixtures.MeshFixtures.TOP_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.meshgov.events.DatasetBound;
import io.meshgov.events.DatasetName;
import io.meshgov.events.DatasetRole;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.RunAccepted;
import io.meshgov.events.RunState;
import io.meshgov.events.VersionLifecycle;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.DriverTopics;
import io.meshgov.kit.web.Page;
import io.meshgov.lineage.graph.Drift;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.LineageGraph;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.ServedDataset;
import io.meshgov.lineage.graph.Traversals;
import io.meshgov.lineage.graph.VersionStatus;
import io.meshgov.lineage.view.LineageQueries;
import io.meshgov.lineage.view.StoreGraphReader;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
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
 * Lineage's real topology (route, decode, project, read model) in a {@link TopologyTestDriver}, fed what the catalog
 * writes to {@code mesh.governance.accepted}: keyed by product, numbered per product. There is no re-keying here:
 * the topic's one writer keys it by product, and a record keyed otherwise is refused, not moved.
 *
 * <p>Left to the broker tests ({@code LineageServiceTests}, {@code ReplayAndInstancesTests}): several partitions
 * and tasks, the accepted topic created after lineage starts (the pattern subscription), restoring the graph's
 * global copy from its changelogs. Here the driver feeds that copy straight from the changelog records.
 */
class LineageTopologyTests {

    static final String APPLICATION_ID = "meshgov-lineage";
    static final String V21 = "version:top-10-customers@2.1.0";
    static final String WH = "postgres://warehouse:5432";

    @TempDir
    Path stateDir;

    @AutoClose
    TopologyTestDriver driver;

    TestInputTopic<String, byte[]> accepted;
    TestOutputTopic<String, byte[]> deadLetters;
    StoreGraphReader graph;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        LineageTopology.build(
                builder,
                new LineageSettings(4, (short) 1, 3, 10, 50, 10_000),
                LineageTopology.readModel(APPLICATION_ID));
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), properties, MeshFixtures.T0);
        accepted = driver.createInputTopic(
                Topics.GOVERNANCE_ACCEPTED,
                new StringSerializer(),
                new ByteArraySerializer(),
                MeshFixtures.T0,
                Duration.ofSeconds(1));
        deadLetters = DriverTopics.raw(driver, Topics.LINEAGE_DEAD_LETTER);
        graph = new StoreGraphReader(driver::getKeyValueStore);
    }

    @Test
    void projectsWhatTheCatalogAcceptedIntoTheGraph() {
        accept(1, "sales", MeshFixtures.top10CustomersV21());
        accept(2, "marketing", MeshFixtures.salesDashboardOnV21());

        assertThat(graph.version(V21)).hasValueSatisfying(node -> {
            assertThat(node.name()).isEqualTo("Top 10 customers");
            assertThat(node.domain()).isEqualTo("sales");
            assertThat(node.status()).isEqualTo(VersionStatus.ACTIVE);
            assertThat(node.publishedAt()).isEqualTo(MeshFixtures.T0);
        });
        assertThat(graph.incoming(V21))
                .extracting(Edge::from)
                .containsExactlyInAnyOrder(
                        "source:jdbc:postgresql://erp.acmeco.internal/customers", "version:paid-invoices@1.4.0");
        assertThat(graph.outgoing(V21))
                .extracting(e -> e.kind() + " " + e.to() + " from " + e.consumerDomain())
                .containsExactly("CONSUMES consumer:sales-dashboard from marketing");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void followsTheOwnersDecisionsTheCatalogAcceptedAtTheirPositions() {
        accept(1, "sales", MeshFixtures.top10CustomersV21());
        accept(2, "sales", MeshFixtures.top10CustomersV30());
        accept(3, "sales", MeshFixtures.top10V21DeprecatedFor30());
        accepted.pipeInput(
                TOP_10, encode(decided(4, VersionLifecycle.DEPRECATED, MeshFixtures.T0.plusSeconds(86_400 * 121))));

        assertThat(graph.version(V21)).hasValueSatisfying(node -> assertThat(node.status())
                .as("a moved sunset leaves it deprecated")
                .isEqualTo(VersionStatus.DEPRECATED));

        accepted.pipeInput(TOP_10, encode(decided(5, VersionLifecycle.ACTIVE, null)));
        accepted.pipeInput(TOP_10, encode(decided(4, VersionLifecycle.DEPRECATED, null))); // read again: applied

        assertThat(graph.version(V21)).hasValueSatisfying(node -> {
            assertThat(node.status()).as("the deprecation withdrawn").isEqualTo(VersionStatus.ACTIVE);
            assertThat(node.deprecatedAt()).isNull();
        });
    }

    private static LifecycleDecided decided(long position, VersionLifecycle status, java.time.Instant sunset) {
        return LifecycleDecided.newBuilder()
                .setEventId("decided-" + position)
                .setOccurredAt(MeshFixtures.T0.plusSeconds(86_400 * 40 + position))
                .setProductId(TOP_10)
                .setPosition(position)
                .setDomain("sales")
                .setSourceTopic("mesh.sales.products")
                .setSourcePartition(0)
                .setSourceOffset(position)
                .setDecisionEventId("decision-" + position)
                .setDecisionType(
                        status == VersionLifecycle.ACTIVE
                                ? "io.meshgov.events.DataProductVersionKeptInService"
                                : "io.meshgov.events.DataProductVersionSunsetExtended")
                .setVersion("2.1.0")
                .setStatus(status)
                .setSunsetAt(sunset)
                .build();
    }

    @Test
    void keepsTheLastRunAndTheObservedInputsOfEachVersionFromTheRunsTheCatalogBound() {
        accept(1, "sales", MeshFixtures.top10CustomersV21());
        RunAccepted first = RunAccepted.newBuilder(
                        CatalogDecisions.run(TOP_10, "2.1.0", "sales", "run-1", MeshFixtures.T0.plusSeconds(60)))
                .setInputs(List.of(new DatasetName("postgres://warehouse:5432", "finance.invoices")))
                .build();
        RunAccepted failed = RunAccepted.newBuilder(
                        CatalogDecisions.run(TOP_10, "2.1.0", "sales", "run-2", MeshFixtures.T0.plusSeconds(120)))
                .setState(RunState.FAIL)
                .setInputs(List.of(new DatasetName("postgres://warehouse:5432", "finance.customers")))
                .build();
        RunAccepted check = RunAccepted.newBuilder(
                        CatalogDecisions.run(TOP_10, "2.1.0", "sales", "check-1", MeshFixtures.T0.plusSeconds(180)))
                .setRole(DatasetRole.INPUT)
                .build();

        accepted.pipeInput(TOP_10, encode(first));
        accepted.pipeInput(TOP_10, encode(failed));
        accepted.pipeInput(TOP_10, encode(first)); // read again, and older than the last run
        accepted.pipeInput(TOP_10, encode(check)); // a check of the dataset is not a run of the version

        assertThat(graph.runs(V21)).hasValueSatisfying(runs -> {
            assertThat(runs.lastRunId() + " failed=" + runs.lastRunFailed()).isEqualTo("run-2 failed=true");
            assertThat(runs.lastRunAt()).isEqualTo(MeshFixtures.T0.plusSeconds(120));
            assertThat(runs.inputs())
                    .extracting(i -> i.name() + " by " + i.lastRunId())
                    .containsExactly("finance.customers by run-2", "finance.invoices by run-1");
        });
        assertThat(graph.runs(NodeIds.version(TOP_10, "3.0.0"))).isEmpty();

        accepted.pipeInput(
                TOP_10,
                encode(DatasetBound.newBuilder()
                        .setEventId("bound-1")
                        .setOccurredAt(MeshFixtures.T0)
                        .setProductId(TOP_10)
                        .setVersion("2.1.0")
                        .setDomain("sales")
                        .setDataset(new DatasetName("postgres://warehouse:5432", "sales.top_10_customers_v2_1"))
                        .build()));
        assertThat(graph.served("postgres://warehouse:5432", "sales.top_10_customers_v2_1"))
                .hasValueSatisfying(served -> assertThat(served.versionNodeId()).isEqualTo(V21));
        assertThat(graph.served("postgres://warehouse:5432", "finance.invoices"))
                .isEmpty();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void walksTheInputsRunsReadAsEdgesBesideTheDeclaredOnesAndMovesThemWhenTheirDatasetIsBoundLater() {
        String paidInvoices = NodeIds.version("paid-invoices", "1.4.0");
        String discounts = ServedDataset.sourceNode(WH, "sales.discounts_manual");
        runReadingPaidInvoicesAndAnUndeclaredTable();
        LineageGraph lineage = new LineageGraph(graph);

        assertThat(lineage.upstream(V21))
                .extracting(
                        Edge::from,
                        Edge::declared,
                        e -> e.observed() == null ? null : e.observed().lastRunId())
                .containsExactlyInAnyOrder(
                        tuple(paidInvoices, true, "run-1"),
                        tuple("source:jdbc:postgresql://erp.acmeco.internal/customers", true, null),
                        tuple(discounts, false, "run-1"));
        assertThat(lineage.downstream(paidInvoices))
                .as("the declared edge, seen by the run, from the side of the version read")
                .extracting(Edge::to, Edge::declared, e -> e.observed().name())
                .containsExactly(tuple(V21, true, "finance.paid_invoices_v1_4"));
        assertThat(new Traversals(lineage).impact(discounts, 5).impacted())
                .extracting(i -> i.node().id() + " at " + i.distance())
                .containsExactlyInAnyOrder(V21 + " at 1", "consumer:sales-dashboard at 2");

        accepted.pipeInput("discounts", encode(bound("discounts", "1.0.0", WH, "sales.discounts_manual")));

        assertThat(lineage.upstream(V21))
                .as("the dataset read before it was bound is now the version serving it")
                .extracting(Edge::from)
                .contains(NodeIds.version("discounts", "1.0.0"))
                .doesNotContain(discounts);
        assertThat(lineage.downstream(discounts)).isEmpty();
        assertThat(lineage.downstream(NodeIds.version("discounts", "1.0.0")))
                .extracting(Edge::to, Edge::declared)
                .containsExactly(tuple(V21, false));
    }

    @Test
    void findsTheVersionsWhoseRunsReadWhatTheyDoNotDeclareOrNeverReadWhatTheyDo() {
        runReadingPaidInvoicesAndAnUndeclaredTable();
        LineageQueries queries = new LineageQueries(graph, graph::allRuns, 100);

        Page<Drift> drift = queries.drift(Caller.inLocalRun(), null, 0, 20);

        assertThat(drift.items()).singleElement().satisfies(d -> {
            assertThat(d.rule() + " " + d.productId() + " " + d.version() + " " + d.domain() + " " + d.lastRunId())
                    .isEqualTo("lineage-drift top-10-customers 2.1.0 sales run-1");
            assertThat(d.undeclared()).extracting(i -> i.name()).containsExactly("sales.discounts_manual");
            assertThat(d.declaredNotRead()).containsExactly("source:jdbc:postgresql://erp.acmeco.internal/customers");
        });
        assertThat(queries.drift(Caller.inLocalRun(), "marketing", 0, 20).items())
                .isEmpty();
    }

    /** Top 10 2.1 (declaring paid invoices 1.4 and the ERP's customers) run reading paid invoices and a hand-kept table. */
    private void runReadingPaidInvoicesAndAnUndeclaredTable() {
        accept(1, "sales", MeshFixtures.top10CustomersV21());
        accept(2, "marketing", MeshFixtures.salesDashboardOnV21());
        accepted.pipeInput("paid-invoices", encode(bound("paid-invoices", "1.4.0", WH, "finance.paid_invoices_v1_4")));
        accepted.pipeInput(
                TOP_10,
                encode(RunAccepted.newBuilder(CatalogDecisions.run(
                                TOP_10, "2.1.0", "sales", "run-1", MeshFixtures.T0.plusSeconds(60)))
                        .setInputs(List.of(
                                new DatasetName(WH, "finance.paid_invoices_v1_4"),
                                new DatasetName(WH, "sales.discounts_manual")))
                        .build()));
    }

    private static DatasetBound bound(String productId, String version, String namespace, String name) {
        return DatasetBound.newBuilder()
                .setEventId("bound-" + productId)
                .setOccurredAt(MeshFixtures.T0)
                .setProductId(productId)
                .setVersion(version)
                .setDomain("finance")
                .setDataset(new DatasetName(namespace, name))
                .build();
    }

    @Test
    void deadLettersWhatItCannotReadAsReceivedAndGoesOn() {
        byte[] garbage = "not an avro record".getBytes(StandardCharsets.UTF_8);
        byte[] notAFact = encode(MeshFixtures.top10CustomersV21());
        byte[] whole = encode(fact(1, "sales", MeshFixtures.top10CustomersV21()));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 20);

        accepted.pipeInput(TOP_10, garbage);
        accepted.pipeInput(TOP_10, notAFact);
        accepted.pipeInput(TOP_10, truncated);
        accept(1, "sales", MeshFixtures.top10CustomersV21());

        assertThat(deadLetters.readRecordsToList())
                .extracting(dead -> dead.key() + " " + header(dead, DeadLetterHeaders.SOURCE_TOPIC) + " "
                        + header(dead, DeadLetterHeaders.SOURCE_PARTITION) + "@"
                        + header(dead, DeadLetterHeaders.SOURCE_OFFSET) + " by "
                        + header(dead, DeadLetterHeaders.SERVICE) + ": " + header(dead, DeadLetterHeaders.REASON))
                .satisfiesExactly(
                        first -> assertThat(first)
                                .isEqualTo("top-10-customers mesh.governance.accepted 0@0 by lineage-service: wrong"
                                        + " marker 0x6E 0x6F: not Avro single-object encoding (expected 0xC3 0x01) nor"
                                        + " the Confluent framing (0x00)"),
                        second -> assertThat(second)
                                .isEqualTo("top-10-customers mesh.governance.accepted 0@1 by lineage-service:"
                                        + " io.meshgov.events.DataProductVersionPublished does not belong on"
                                        + " mesh.governance.accepted"),
                        third -> assertThat(third)
                                .startsWith("top-10-customers mesh.governance.accepted 0@2 by lineage-service: cannot"
                                        + " decode io.meshgov.events.EventAccepted: "));
        assertThat(graph.version(V21)).isPresent();
    }

    @Test
    void refusesAFactKeyedByAnotherProductInsteadOfMovingIt() {
        byte[] misKeyed = encode(fact(1, "sales", MeshFixtures.top10CustomersV21()));

        accepted.pipeInput("paid-invoices", misKeyed);

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("paid-invoices");
        assertThat(dead.value()).isEqualTo(misKeyed);
        assertThat(header(dead, DeadLetterHeaders.REASON))
                .isEqualTo("keyed 'paid-invoices' but about product top-10-customers: a record of"
                        + " mesh.governance.accepted must be keyed by its productId");
        assertThat(graph.versionsOf(TOP_10)).isEmpty();
    }

    @Test
    void appliesAFactReadAgainOnlyOnce() {
        accept(1, "sales", MeshFixtures.top10CustomersV21());
        accept(2, "marketing", MeshFixtures.salesDashboardOnV21());
        accept(3, "marketing", MeshFixtures.salesDashboardLeavesV21());

        accept(2, "marketing", MeshFixtures.salesDashboardOnV21());

        assertThat(graph.outgoing(V21))
                .as("the consumer left; its registration read again brings it not back")
                .isEmpty();
    }

    private void accept(long position, String domain, SpecificRecord input) {
        accepted.pipeInput(TOP_10, encode(fact(position, domain, input)));
    }

    private static EventAccepted fact(long position, String domain, SpecificRecord input) {
        return CatalogDecisions.accepted(domain, input, position, position - 1);
    }

    private static byte[] encode(SpecificRecord event) {
        return EventSerdes.anyEvent().serializer().serialize("any", event);
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
