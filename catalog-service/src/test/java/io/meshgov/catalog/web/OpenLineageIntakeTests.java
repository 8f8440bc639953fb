package io.meshgov.catalog.web;

import static io.meshgov.catalog.run.RunEvents.RUN;
import static io.meshgov.catalog.run.RunEvents.TOP_10_V21;
import static io.meshgov.catalog.run.RunEvents.WAREHOUSE;
import static io.meshgov.catalog.run.RunEvents.bytes;
import static io.meshgov.catalog.run.RunEvents.top10Build;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.run.RunEvents;
import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DatasetName;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.TopicReader;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** OpenLineage's HTTP transport pointed at the catalog: what it writes, what it refuses, and what follows. */
@CatalogIntegrationTest
class OpenLineageIntakeTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    Api api;
    Domains domains;

    @BeforeEach
    void connect() {
        api = new Api(port);
        domains = new Domains(broker.getBrokersAsString());
        broker.addTopicsWithResults("mesh.sales.openlineage", "mesh.marketing.openlineage");
    }

    @AfterEach
    void disconnect() {
        domains.close();
    }

    @Test
    void writesARunEventToTheDomainsTopicAndTheCatalogBindsItToItsVersion() {
        domains.publish(
                "sales",
                DataProductVersionPublished.newBuilder(MeshFixtures.top10CustomersV21())
                        .setDatasets(List.of(new DatasetName(WAREHOUSE, TOP_10_V21)))
                        .build());

        Api.Answer refused = api.withHeader("X-Meshgov-Domain", "sales").post("/api/v1/lineage", bytes("{\"run\": 1}"));
        Api.Answer started =
                api.withHeader("X-Meshgov-Domain", "sales").post("/api/v1/lineage", bytes(top10Build(RUN, "START")));
        Api.Answer completed = api.post("/api/v1/lineage/sales", bytes(top10Build(RUN, "COMPLETE")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.body().get("topic").asString()).isEqualTo("mesh.sales.openlineage");
        assertThat(started.body().get("finished").asBoolean()).isFalse();
        assertThat(completed.status()).isEqualTo(201);
        assertThat(completed.body().get("finished").asBoolean()).isTrue();
        List<ConsumerRecord<String, byte[]>> written =
                TopicReader.readBytes(broker.getBrokersAsString(), "mesh.sales.openlineage", Duration.ofSeconds(2));
        assertThat(written)
                .as("what it refused is not written; what it took is, as received, keyed as OpenLineage's transport")
                .extracting(r -> r.key() + " " + (new String(r.value()).equals(top10Build(RUN, "COMPLETE"))))
                .containsExactly(
                        "run:airflow://sales/top_10_customers.build false",
                        "run:airflow://sales/top_10_customers.build true");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(RunEvents.accepted(broker.getBrokersAsString()))
                        .extracting(r -> r.getProductId() + " " + r.getVersion() + " " + r.getRunId())
                        .containsExactly("top-10-customers 2.1.0 " + RUN));
    }

    @Test
    void answersAProblemForAnEventItCannotTakeAndWritesNothing() {
        Api marketing = api.withHeader("X-Meshgov-Domain", "marketing");
        byte[] run = bytes(top10Build(RUN, "COMPLETE"));

        assertProblem(api.post("/api/v1/lineage", run), 400, "name the domain whose pipeline sent this event");
        assertProblem(api.post("/api/v1/lineage/governance", run), 400, "domain name 'governance' is reserved");
        assertProblem(api.post("/api/v1/lineage/Sales!", run), 400, "'Sales!' is not a domain name");
        assertProblem(api.post("/api/v1/lineage/finance", run), 404, "domain finance is not onboarded");
        assertProblem(marketing.post("/api/v1/lineage", bytes("not json")), 400, "not JSON");
        assertProblem(
                marketing.post("/api/v1/lineage", bytes(top10Build(RUN, "DONE"))), 400, "unknown eventType 'DONE'");
        byte[] huge = bytes(top10Build(RUN, "COMPLETE")
                .replace("\"nominalTime\"", "\"pad\": \"" + "x".repeat(1 << 20) + "\", \"nominalTime\""));
        assertProblem(marketing.post("/api/v1/lineage", huge), 400, "over the 1 MiB (1048576) limit");

        assertThat(TopicReader.readBytes(
                        broker.getBrokersAsString(), "mesh.marketing.openlineage", Duration.ofSeconds(1)))
                .isEmpty();
    }

    private static void assertProblem(Api.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().get("detail").asString()).contains(detail);
    }
}
