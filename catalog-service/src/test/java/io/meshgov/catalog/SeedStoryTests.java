package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.events.ConsumerKind;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.MutableClock;
import io.meshgov.pipeline.PipelineEvents;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * The seed's story end to end: "Top 10 customers" 2.1 with two consumers, 3.0 with the net-30 definition, 2.1
 * deprecated for 3.0; one consumer migrates and its alert resolves, the other's escalates as the sunset nears.
 */
@CatalogIntegrationTest
class SeedStoryTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MutableClock clock;

    Api api;
    Domains domains;

    @BeforeEach
    void connect() {
        api = new Api(port);
        domains = new Domains(broker.getBrokersAsString());
    }

    @AfterEach
    void disconnect() {
        domains.close();
    }

    @Test
    void alertsEveryConsumerOfTheDeprecatedVersionUntilItMigratesAndEscalatesNearTheSunset() {
        domains.publish("sales", MeshFixtures.top10CustomersV21());
        domains.publish("marketing", MeshFixtures.salesDashboardOnV21());
        domains.publish("finance", MeshFixtures.analystOnV21());
        domains.publish("sales", MeshFixtures.top10CustomersV30(), MeshFixtures.top10V21DeprecatedFor30());

        // two read-model stores, each applied on its own: wait for both, not one and then read the other
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(api.ok("/api/alerts?state=OPEN").get("items").findValuesAsString("consumerId"))
                    .containsExactlyInAnyOrder("sales-dashboard", "jane.analyst");
            assertThat(api.ok("/api/products/top-10-customers").get("versions").findValuesAsString("status"))
                    .containsExactly("DEPRECATED", "ACTIVE");
        });
        JsonNode product = api.ok("/api/products/top-10-customers");
        assertThat(product.get("domain").asString()).isEqualTo("sales");
        assertThat(product.get("versions").get(1).get("definition").asString()).contains("net 30");

        domains.publish(
                "marketing",
                PipelineEvents.consumer("sales-dashboard", MeshFixtures.TOP_10, "3.0")
                        .kind(ConsumerKind.SYSTEM)
                        .purpose("quarterly key-account dashboard")
                        .contact("bi-team@acmeco.example")
                        .occurredAt(MeshFixtures.T0.plus(Duration.ofDays(40)))
                        .registered());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode migration =
                    api.ok("/api/products/top-10-customers/versions/2.1").get("migration");
            assertThat(migration.get("migrated").toString()).isEqualTo("[\"sales-dashboard\"]");
            assertThat(migration.get("pending").toString()).isEqualTo("[\"jane.analyst\"]");
        });
        assertThat(api.ok("/api/alerts?state=RESOLVED").get("items").findValuesAsString("consumerId"))
                .containsExactly("sales-dashboard");

        clock.set(MeshFixtures.T0.plus(Duration.ofDays(85)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        api.ok("/api/alerts?state=ESCALATED").get("items").findValuesAsString("consumerId"))
                .containsExactly("jane.analyst"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        api.get("/actuator/prometheus").raw())
                .contains("meshgov_catalog_alerts{state=\"ESCALATED\"} 1.0")
                .contains("meshgov_catalog_alerts{state=\"RESOLVED\"} 1.0")
                .contains("meshgov_catalog_deprecated_version_consumers{domain=\"sales\",product=\"top-10-customers\","
                        + "version=\"2.1.0\"} 2.0")
                .contains("meshgov_catalog_versions{domain=\"sales\",status=\"DEPRECATED\"} 1.0")
                .contains("meshgov_catalog_products 1.0")
                // what an alert rule routes by: the sunset, and the consumer still on 2.1 with its domain
                .contains("meshgov_catalog_deprecated_version_sunset_timestamp_seconds{domain=\"sales\","
                        + "product=\"top-10-customers\",version=\"2.1.0\"} "
                        + (double) MeshFixtures.T0.plus(Duration.ofDays(91)).getEpochSecond())
                .contains("meshgov_catalog_deprecated_version_consumer{consumer=\"jane.analyst\","
                        + "consumer_domain=\"finance\",domain=\"sales\",product=\"top-10-customers\","
                        + "state=\"ESCALATED\",version=\"2.1.0\"} 1.0")
                .doesNotContain("consumer=\"sales-dashboard\""));
        JsonNode version = api.ok("/api/products/top-10-customers/versions/2.1.0");
        assertThat(version.get("migration").get("daysToSunset").asLong()).isEqualTo(6);
        assertThat(api.ok("/api/consumers/jane.analyst")
                        .get("consumes")
                        .get(0)
                        .get("warning")
                        .asString())
                .contains("DEPRECATED")
                .contains("migrate to 3.0.0");
    }
}
