package io.meshgov.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.OpenApiContract;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.lineage.support.LineageIntegrationTest;
import io.meshgov.lineage.support.LineageMesh;
import io.meshgov.mesh.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** The lineage API over the 14-product mesh published through a real broker, answers checked node by node. */
@LineageIntegrationTest
class LineageServiceTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    Api api;

    @BeforeEach
    void publishTheMesh() throws Exception {
        api = new Api(port);
        if (api.get("/api/lineage/products/campaign-targets").status() == 200) return;
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of("bootstrap.servers", broker.getBrokersAsString()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            Topics.GOVERNANCE_ACCEPTED, "x", "garbage".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
        try (CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            LineageMesh.steps().forEach(step -> catalog.accept(step.domain(), step.event()));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/lineage/products/top-10-customers/versions/3.0/impact")
                                        .status()
                                == 200
                        && impacted("top-10-customers", "3.0").size() == 3);
    }

    @Test
    void answersImpactBoundToVersions() {
        assertThat(impacted("top-10-customers", "2.1"))
                .containsExactly("consumer:jane.analyst", "consumer:sales-dashboard");
        assertThat(impacted("top-10-customers", "3.0.0"))
                .containsExactly("consumer:cfo-office", "version:campaign-targets@1.0.0", "version:churn-scores@1.0.0");
        JsonNode impact = api.ok("/api/lineage/products/top-10-customers/versions/3.0/impact");
        assertThat(impact.at("/countsByDomain/marketing").asInt()).isEqualTo(2);
        assertThat(impact.get("cycles").toString())
                .isEqualTo("[[\"version:campaign-targets@1.0.0\",\"version:churn-scores@1.0.0\"]]");
        assertThat(impact.get("impacted").findValues("contact").toString()).contains("cfo-office@acmeco.example");
        assertThat(api.ok("/api/lineage/products/top-10-customers/versions/3.0/impact?depth=1")
                        .get("impacted")
                        .findValues("distance"))
                .isNotEmpty()
                .allSatisfy(distance -> assertThat(distance.asInt()).isEqualTo(1));
    }

    @Test
    void pagesAnImpactNearestFirstWithACursorAndFullTotalsOnEachPage() {
        String path = "/api/lineage/products/top-10-customers/versions/3.0/impact";
        JsonNode first = api.ok(path + "?size=2");
        JsonNode second =
                api.ok(path + "?size=2&cursor=" + first.get("nextCursor").asString());

        assertThat(first.get("impacted").findValues("node").stream()
                        .map(n -> n.get("id").asString()))
                .containsExactly("consumer:cfo-office", "version:campaign-targets@1.0.0");
        assertThat(second.get("impacted").findValues("node").stream()
                        .map(n -> n.get("id").asString()))
                .containsExactly("version:churn-scores@1.0.0");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        for (JsonNode page : List.of(first, second)) {
            assertThat(page.get("total").asInt()).isEqualTo(3);
            assertThat(page.at("/countsByDomain/marketing").asInt()).isEqualTo(2);
        }
        assertThat(api.get(path + "?cursor=bm90LWEtY3Vyc29y").status()).isEqualTo(400);
        assertThat(api.get(path + "?size=0").status()).isEqualTo(400);
    }

    @Test
    void answersLineageInEachDirectionWithKindDomainAndStatus() {
        JsonNode upstream = api.ok("/api/lineage/products/key-accounts?version=1.0&direction=upstream&depth=2");

        assertThat(upstream.get("nodes").findValuesAsString("id"))
                .containsExactly(
                        "version:customer-segments@1.0.0",
                        "version:customer-value@1.0.0",
                        "version:customers@1.0.0",
                        "version:key-accounts@1.0.0",
                        "version:paid-invoices@1.4.0");
        assertThat(upstream.get("nodes").get(0).get("kind").asString()).isEqualTo("PRODUCT_VERSION");
        assertThat(upstream.get("nodes").get(0).get("domain").asString()).isEqualTo("customer");
        assertThat(upstream.get("nodes").get(0).get("status").asString()).isEqualTo("ACTIVE");

        JsonNode downstream = api.ok("/api/lineage/products/revenue-quarterly?direction=downstream");
        assertThat(downstream.get("nodes").findValuesAsString("id"))
                .containsExactly(
                        "consumer:board",
                        "version:board-report@1.0.0",
                        "version:revenue-forecast@1.0.0",
                        "version:revenue-quarterly@1.0.0");
        assertThat(api.ok("/api/lineage/sources/impact?uri=crm://accounts").get("impacted").findValues("node").stream()
                        .map(n -> n.get("id").asString())
                        .sorted())
                .containsExactly(
                        "consumer:account-managers",
                        "consumer:cfo-office",
                        "consumer:jane.analyst",
                        "consumer:sales-dashboard",
                        "version:campaign-targets@1.0.0",
                        "version:churn-scores@1.0.0",
                        "version:customer-segments@1.0.0",
                        "version:customer-value@1.0.0",
                        "version:customers@1.0.0",
                        "version:key-accounts@1.0.0",
                        "version:top-10-customers@2.1.0",
                        "version:top-10-customers@3.0.0");
    }

    @Test
    void sendsUndecodableInputToTheDeadLetterTopic() {
        var dead =
                TopicReader.readBytes(broker.getBrokersAsString(), Topics.LINEAGE_DEAD_LETTER, Duration.ofSeconds(2));

        assertThat(dead).singleElement().satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                .isEqualTo("garbage"));
    }

    @Test
    void answersBadParametersAndUnknownIdsWithProblemDetails() {
        assertThat(api.get("/api/lineage/products/top-10-customers?depth=0").status())
                .isEqualTo(400);
        assertThat(api.get("/api/lineage/products/top-10-customers?depth=11").status())
                .isEqualTo(400);
        assertThat(api.get("/api/lineage/products/top-10-customers?direction=sideways")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/lineage/products/top-10-customers?version=x").status())
                .isEqualTo(400);
        assertThat(api.get("/api/lineage/products/unknown-product").status()).isEqualTo(404);
        assertThat(api.get("/api/lineage/products/top-10-customers/versions/9.9/impact")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/lineage/sources/impact?uri=ftp://nowhere").status())
                .isEqualTo(404);
        assertThat(api.get("/api/lineage/sources/impact").status()).isEqualTo(400);
        assertThat(api.get("/api/lineage/products/top-10-customers/versions/3.0/impact?depth=0")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/lineage/sources/impact?uri=crm://accounts&depth=51")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/lineage/products/unknown-product").contentType())
                .startsWith("application/problem+json");
    }

    @Test
    void reportsHealthOpenApiAndGraphMetrics() {
        // the accepted topic appears after lineage started (it reads it by pattern): a rebalance may still settle
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.ok("/actuator/health")
                        .at("/components/kafkaStreams/details/state")
                        .asString())
                .isEqualTo("RUNNING"));
        assertThat(api.ok("/v3/api-docs").get("paths").propertyNames())
                .contains(
                        "/api/lineage/products/{productId}",
                        "/api/lineage/products/{productId}/versions/{version}/impact",
                        "/api/lineage/sources/impact");
        OpenApiContract.assertServedAsCheckedIn(api, "lineage-service");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/actuator/prometheus").raw())
                        .contains("meshgov_lineage_nodes{kind=\"PRODUCT_VERSION\"} 15.0")
                        .contains("meshgov_lineage_nodes{kind=\"CONSUMER\"} 5.0")
                        .contains("meshgov_lineage_nodes{kind=\"SOURCE\"} 2.0")
                        .contains("meshgov_lineage_edges{kind=\"CONSUMES\"} 5.0")
                        .contains("meshgov_lineage_traversal_seconds_count{kind=\"impact\"}"));
    }

    private List<String> impacted(String productId, String version) {
        JsonNode impact = api.ok("/api/lineage/products/" + productId + "/versions/" + version + "/impact");
        return impact.get("impacted").findValues("node").stream()
                .map(n -> n.get("id").asString())
                .sorted()
                .toList();
    }
}
