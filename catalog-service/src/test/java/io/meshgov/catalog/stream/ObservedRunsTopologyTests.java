package io.meshgov.catalog.stream;

import static io.meshgov.catalog.run.RunEvents.RUN;
import static io.meshgov.catalog.run.RunEvents.TOP_10_V21;
import static io.meshgov.catalog.run.RunEvents.WAREHOUSE;
import static io.meshgov.catalog.run.RunEvents.bytes;
import static io.meshgov.catalog.run.RunEvents.top10Build;
import static io.meshgov.fixtures.MeshFixtures.TOP_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DatasetBound;
import io.meshgov.events.DatasetName;
import io.meshgov.events.DatasetRole;
import io.meshgov.events.GovernanceViolation;
import io.meshgov.events.RunAccepted;
import io.meshgov.events.RunAssertion;
import io.meshgov.events.RunState;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.DriverTopics;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenLineage runs through the catalog's real topology: read from a domain's openlineage topic, bound by dataset to
 * the version whose accepted publication declared it (read back from mesh.governance.accepted, as the broker would
 * deliver it), and governed. The driver's limits are {@link CatalogTopologyTests}'.
 */
class ObservedRunsTopologyTests {

    static final Instant NOW = CatalogTopologyTests.NOW;

    @TempDir
    Path stateDir;

    @AutoClose
    TopologyTestDriver driver;

    TestOutputTopic<String, SpecificRecord> accepted;
    TestOutputTopic<String, GovernanceViolation> violations;
    TestOutputTopic<String, byte[]> deadLetters;
    CatalogReadModel readModel;
    final List<SpecificRecord> seen = new ArrayList<>();

    @BeforeEach
    void start() {
        driver = CatalogTopologyTests.driver(stateDir);
        accepted = DriverTopics.events(
                driver, Topics.GOVERNANCE_ACCEPTED, EventSerdes.anyEvent().deserializer());
        violations = DriverTopics.events(
                driver, Topics.GOVERNANCE_VIOLATIONS, EventSerdes.violations().deserializer());
        deadLetters = DriverTopics.raw(driver, Topics.CATALOG_DEAD_LETTER);
        readModel = new CatalogReadModel(driver::getKeyValueStore);
    }

    @Test
    void acceptsTheOwnersRunAsARunOfTheVersionServedAsItsOutput() {
        publishTop10V21WithItsDataset();

        input("mesh.sales.openlineage")
                .pipeInput("run:airflow://sales/top_10_customers.build", bytes(top10Build(RUN, "COMPLETE")), NOW);

        List<RunAccepted> runs = runsAccepted();
        assertThat(runs).hasSize(1);
        RunAccepted run = runs.get(0);
        assertThat(run.getProductId() + " " + run.getVersion()).isEqualTo(TOP_10 + " 2.1.0");
        assertThat(run.getRunId()).isEqualTo(RUN);
        assertThat(run.getState()).isEqualTo(RunState.COMPLETE);
        assertThat(run.getRole()).isEqualTo(DatasetRole.OUTPUT);
        assertThat(run.getDomain()).isEqualTo("sales");
        assertThat(run.getDataset()).isEqualTo(new DatasetName(WAREHOUSE, TOP_10_V21));
        assertThat(run.getInputs()).containsExactly(new DatasetName(WAREHOUSE, "finance.invoices"));
        assertThat(run.getRowCount()).isEqualTo(9);
        assertThat(run.getNullCounts()).containsExactlyInAnyOrderEntriesOf(Map.of("customer_id", 0L, "revenue", 2L));
        assertThat(run.getAssertions()).contains(new RunAssertion("row_count_is_10", null, false));
        assertThat(violations.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(acceptedSoFar(DatasetBound.class))
                .as("the binding, announced once, before the run")
                .extracting(b -> b.getProductId() + " " + b.getVersion() + " "
                        + b.getDataset().getName())
                .containsExactly(TOP_10 + " 2.1.0 " + TOP_10_V21);
        assertThat(seen.indexOf(acceptedSoFar(DatasetBound.class).get(0))).isLessThan(seen.indexOf(run));
    }

    @Test
    void holdsARunThatCameBeforeItsVersionWasPublishedAndAcceptsItAfter() {
        input("mesh.sales.openlineage").pipeInput("k", bytes(top10Build(RUN, "COMPLETE")), NOW);
        assertThat(runsAccepted()).isEmpty();

        publishTop10V21WithItsDataset();

        assertThat(runsAccepted()).extracting(RunAccepted::getRunId).containsExactly(RUN);
    }

    @Test
    void refusesARunFromAnotherDomainWritingTheProductsDatasetAsAnOwnershipViolation() {
        publishTop10V21WithItsDataset();

        input("mesh.marketing.openlineage").pipeInput("k", bytes(top10Build(RUN, "COMPLETE")), NOW);

        assertThat(runsAccepted()).isEmpty();
        GovernanceViolation violation = violations.readValue();
        assertThat(violation.getRuleId()).isEqualTo("ownership");
        assertThat(violation.getDomain()).isEqualTo("marketing");
        assertThat(violation.getSourceTopic()).isEqualTo("mesh.marketing.openlineage");
        assertThat(readModel.violations())
                .extracting(v -> v.ruleId() + " " + v.domain())
                .containsExactly("ownership marketing");
    }

    @Test
    void changesNothingForARunNotFinishedYetOrARedeliveredOne() {
        publishTop10V21WithItsDataset();
        TestInputTopic<String, byte[]> sales = input("mesh.sales.openlineage");

        sales.pipeInput("k", bytes(top10Build(RUN, "START")), NOW);
        sales.pipeInput("k", bytes(top10Build(RUN, "COMPLETE")), NOW);
        sales.pipeInput("k", bytes(top10Build(RUN, "COMPLETE")), NOW);

        assertThat(runsAccepted()).hasSize(1);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void deadLettersWhatIsNotAFinishedRunEventWithTheReasonAndGoesOn() {
        publishTop10V21WithItsDataset();
        TestInputTopic<String, byte[]> sales = input("mesh.sales.openlineage");
        byte[] unknown = bytes(top10Build(RUN, "DONE"));

        sales.pipeInput("first", unknown, NOW);
        sales.pipeInput("second", bytes(top10Build(RUN, "COMPLETE")), NOW);

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("first");
        assertThat(dead.value()).isEqualTo(unknown);
        assertThat(header(dead, DeadLetterHeaders.REASON))
                .isEqualTo("unknown eventType 'DONE' (START, RUNNING, COMPLETE, ABORT, FAIL, OTHER)");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("mesh.sales.openlineage");
        assertThat(header(dead, DeadLetterHeaders.SERVICE)).isEqualTo("catalog-service");
        assertThat(runsAccepted()).hasSize(1);
    }

    private void publishTop10V21WithItsDataset() {
        DataProductVersionPublished v21 = DataProductVersionPublished.newBuilder(MeshFixtures.top10CustomersV21())
                .setDatasets(List.of(new DatasetName(WAREHOUSE, TOP_10_V21)))
                .build();
        input("mesh.sales.products")
                .pipeInput(TOP_10, EventSerdes.anyEvent().serializer().serialize("any", v21), MeshFixtures.T0);
    }

    private List<RunAccepted> runsAccepted() {
        return acceptedSoFar(RunAccepted.class);
    }

    /** Everything on mesh.governance.accepted so far, of one type. */
    private <T> List<T> acceptedSoFar(Class<T> type) {
        seen.addAll(accepted.readValuesToList());
        return seen.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private TestInputTopic<String, byte[]> input(String topic) {
        return driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer());
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
