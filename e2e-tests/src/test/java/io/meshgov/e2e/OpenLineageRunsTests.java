package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.cli.Health;
import io.meshgov.cli.TopicSetup;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DatasetName;
import io.meshgov.events.Objective;
import io.meshgov.events.ObjectiveComparator;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.StampedSender;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.transports.HttpConfig;
import io.openlineage.client.transports.HttpTransport;
import io.openlineage.client.transports.KafkaConfig;
import io.openlineage.client.transports.KafkaTransport;
import io.openlineage.client.transports.Transport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The seed's pipelines report their runs with OpenLineage's own Java client, as an Airflow or Spark integration
 * would: over its Kafka transport to the domain's topic, and over its HTTP transport to the catalog. The three
 * services run as processes on one broker; the runs land on the versions whose datasets they wrote or checked.
 */
class OpenLineageRunsTests {

    static final String WAREHOUSE = "postgres://warehouse:5432";
    static final String V21 = "sales.top_10_customers_v2_1";
    static final String V30 = "sales.top_10_customers_v3_0";
    static final String INVOICES = "finance.invoices";
    static final URI PRODUCER = URI.create("https://github.com/meshgov/meshgov/e2e");

    @TempDir
    static Path home;

    static KafkaProcess kafka;
    static MeshProcesses mesh;
    static StampedSender sender;

    final OpenLineage ol = new OpenLineage(PRODUCER);

    @BeforeAll
    static void startTheMesh() throws Exception {
        kafka = KafkaProcess.formatAndStart(home.resolve("kafka"));
        TopicSetup.create(kafka.bootstrap(), 4, List.of("sales", "marketing", "finance"));
        mesh = MeshProcesses.start(kafka.bootstrap(), home);
        Health.await(180, mesh.healthUrls());
        sender = new StampedSender(kafka.bootstrap());
    }

    @AfterAll
    static void stopTheMesh() throws Exception {
        if (sender != null) sender.close();
        if (mesh != null) mesh.close();
        if (kafka != null) kafka.close();
    }

    @Test
    void runsEmittedWithOpenLineagesClientLandOnTheVersionsTheyWroteAndAForeignRunIsRefused() throws Exception {
        sender.send(
                "sales", served(MeshFixtures.top10CustomersV21(), V21), served(MeshFixtures.top10CustomersV30(), V30));
        String build21 = UUID.randomUUID().toString();
        String check21 = UUID.randomUUID().toString();
        String build30 = UUID.randomUUID().toString();
        String foreign = UUID.randomUUID().toString();

        try (OpenLineageClient sales = new OpenLineageClient(kafkaTransport("mesh.sales.openlineage"))) {
            sales.emit(build("sales", build21, OpenLineage.RunEvent.EventType.START, V21, 9));
            sales.emit(build("sales", build21, OpenLineage.RunEvent.EventType.COMPLETE, V21, 9));
            sales.emit(check(check21, V21, false));
        }
        try (OpenLineageClient overHttp = new OpenLineageClient(httpTransport("sales"))) {
            overHttp.emit(build("sales", build30, OpenLineage.RunEvent.EventType.COMPLETE, V30, 10));
            overHttp.emit(check(UUID.randomUUID().toString(), V30, true));
        }
        try (OpenLineageClient marketing = new OpenLineageClient(kafkaTransport("mesh.marketing.openlineage"))) {
            marketing.emit(build("marketing", foreign, OpenLineage.RunEvent.EventType.COMPLETE, V21, 3));
        }

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode runs21 = mesh.lineage().ok("/api/lineage/products/top-10-customers/versions/2.1/runs");
                    assertThat(runs21.get("lastRunId").asString()).isEqualTo(build21);
                    assertThat(runs21.get("inputs").findValuesAsString("name")).containsExactly(INVOICES);
                    JsonNode upstream21 = mesh.lineage()
                            .ok("/api/lineage/products/top-10-customers?version=2.1&direction=upstream&depth=1");
                    assertThat(upstream21
                                    .get("edges")
                                    .valueStream()
                                    .filter(e -> !e.get("observed").isNull())
                                    .map(e -> e.get("to").asString() + " read "
                                            + e.at("/observed/name").asString() + " in "
                                            + e.at("/observed/lastRunId").asString()))
                            .containsExactly("version:top-10-customers@2.1.0 read " + INVOICES + " in " + build21);
                    JsonNode runs30 = mesh.lineage().ok("/api/lineage/products/top-10-customers/versions/3.0/runs");
                    assertThat(runs30.get("lastRunId").asString()).isEqualTo(build30);
                    assertThat(kpis("2.1"))
                            .containsEntry("assertion.row_count_is_10", "FAILING")
                            .containsEntry("row_count", "9.0")
                            .containsEntry("null_count.customer_id", "0.0");
                    assertThat(kpis("3.0"))
                            .containsEntry("assertion.row_count_is_10", "PASSING")
                            .containsEntry("row_count", "10.0");
                    List<String> ownership = mesh.catalog()
                            .ok("/api/violations?rule=ownership&domain=marketing")
                            .get("items")
                            .findValuesAsString("reason");
                    assertThat(ownership)
                            .containsExactly(
                                    "top-10-customers belongs to domain sales; job airflow://marketing/top_10_customers.build"
                                            + " of domain marketing may not write the dataset of its version 2.1.0");
                });
        assertThat(mesh.quality()
                        .ok("/api/quality/products/top-10-customers/versions/2.1/kpis/row_count/history")
                        .get("buckets")
                        .findValuesAsString("count"))
                .as("the foreign run's row count (3) was not counted")
                .containsExactly("1");
    }

    /** A version that declares the dataset it is served as, with an objective on the check run's assertion. */
    private static DataProductVersionPublished served(DataProductVersionPublished version, String dataset) {
        List<Objective> objectives = new ArrayList<>(version.getObjectives());
        objectives.add(new Objective("assertion.row_count_is_10", ObjectiveComparator.AT_LEAST, 1.0));
        return DataProductVersionPublished.newBuilder(version)
                .setDatasets(List.of(new DatasetName(WAREHOUSE, dataset)))
                .setObjectives(objectives)
                .build();
    }

    /** The build job: invoices in, the version's table out, with its row count and null counts. */
    private OpenLineage.RunEvent build(
            String domain, String runId, OpenLineage.RunEvent.EventType type, String output, long rows) {
        var metrics = ol.newDataQualityMetricsDatasetFacetBuilder()
                .rowCount(rows)
                .columnMetrics(ol.newDataQualityMetricsDatasetFacetColumnMetricsBuilder()
                        .put(
                                "customer_id",
                                ol.newDataQualityMetricsDatasetFacetColumnMetricsAdditionalBuilder()
                                        .nullCount(0L)
                                        .build())
                        .build())
                .build();
        return ol.newRunEventBuilder()
                .eventType(type)
                .eventTime(ZonedDateTime.now(ZoneOffset.UTC))
                .run(ol.newRunBuilder().runId(UUID.fromString(runId)).build())
                .job(ol.newJobBuilder()
                        .namespace("airflow://" + domain)
                        .name("top_10_customers.build")
                        .build())
                .inputs(List.of(ol.newInputDatasetBuilder()
                        .namespace(WAREHOUSE)
                        .name(INVOICES)
                        .build()))
                .outputs(List.of(ol.newOutputDatasetBuilder()
                        .namespace(WAREHOUSE)
                        .name(output)
                        .facets(ol.newDatasetFacetsBuilder()
                                .dataQualityMetrics(metrics)
                                .build())
                        .build()))
                .build();
    }

    /** A check job (Great Expectations' way): the version's table read, with an assertion's result. */
    private OpenLineage.RunEvent check(String runId, String dataset, boolean tenRows) {
        var assertions = ol.newDataQualityAssertionsDatasetFacetBuilder()
                .assertions(List.of(ol.newDataQualityAssertionsDatasetFacetAssertionsBuilder()
                        .assertion("row_count_is_10")
                        .success(tenRows)
                        .build()))
                .build();
        return ol.newRunEventBuilder()
                .eventType(OpenLineage.RunEvent.EventType.COMPLETE)
                .eventTime(ZonedDateTime.now(ZoneOffset.UTC))
                .run(ol.newRunBuilder().runId(UUID.fromString(runId)).build())
                .job(ol.newJobBuilder()
                        .namespace("great_expectations://sales")
                        .name("top_10.checks")
                        .build())
                .inputs(List.of(ol.newInputDatasetBuilder()
                        .namespace(WAREHOUSE)
                        .name(dataset)
                        .inputFacets(ol.newInputDatasetInputFacetsBuilder()
                                .dataQualityAssertions(assertions)
                                .build())
                        .build()))
                .build();
    }

    private static Transport kafkaTransport(String topic) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", kafka.bootstrap());
        properties.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        properties.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        return new KafkaTransport(new KafkaConfig(topic, null, properties));
    }

    /** Pointed at the catalog's default endpoint, the domain named in a header. */
    private static Transport httpTransport(String domain) {
        HttpConfig config = new HttpConfig();
        config.setUrl(URI.create("http://localhost:" + mesh.port("catalog")));
        config.setHeaders(Map.of("X-Meshgov-Domain", domain));
        return new HttpTransport(config);
    }

    private static Map<String, String> kpis(String version) {
        Map<String, String> kpis = new TreeMap<>();
        for (JsonNode kpi : mesh.quality()
                .ok("/api/quality/products/top-10-customers/versions/" + version)
                .get("kpis")) {
            String status =
                    kpi.get("status").isNull() ? null : kpi.get("status").asString();
            kpis.put(kpi.get("kpi").asString(), status);
            if (kpi.get("kpi").asString().startsWith("row_count")
                    || kpi.get("kpi").asString().startsWith("null_count")) {
                kpis.put(kpi.get("kpi").asString(), kpi.get("latestValue").asString());
            }
        }
        return kpis;
    }
}
