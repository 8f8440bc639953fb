package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.catalog.support.StallingProcessorWrapper;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.wire.EventSerdes;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;

/**
 * Reliability scenario 10: one processing step takes three times {@code max.poll.interval.ms}. The consumer is
 * dropped from its group, the open transaction is aborted and the record is processed again after the rejoin:
 * nothing lost, no output twice, and meanwhile the input lag gauge shows the backlog.
 */
@CatalogIntegrationTest
@TestPropertySource(
        properties = {
            "spring.kafka.streams.properties.processor.wrapper.class=io.meshgov.catalog.support.StallingProcessorWrapper",
            "spring.kafka.streams.properties.main.consumer.max.poll.interval.ms=4000",
            "meshgov.input-lag-period=500ms"
        })
class SlowProcessingTests {

    private static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(4);
    private static final Pattern LAG = Pattern.compile("meshgov_input_lag_records\\{[^}]*} ([0-9.E-]+)");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void aStepSlowerThanTheMaxPollIntervalLosesAndDuplicatesNothingAndShowsAsLag() throws Exception {
        Api api = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            domains.publish("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
            domains.publish("marketing", MeshFixtures.salesDashboardOnV21());
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(api.ok("/api/products/" + MeshFixtures.TOP_10 + "/versions/2.1")
                                    .get("consumers")
                                    .size())
                            .isEqualTo(1));

            StallingProcessorWrapper.arm("key-by-product", MeshFixtures.TOP_10, MAX_POLL_INTERVAL.multipliedBy(3));
            domains.publish("sales", MeshFixtures.top10V21DeprecatedFor30());
            for (int i = 0; i < 20; i++) {
                domains.publish(
                        "finance",
                        PipelineEvents.published("ledger-" + i, "1.0")
                                .name("Ledger " + i)
                                .definition("Ledger " + i + " of the month.")
                                .owner("finance-data")
                                .code("https://git.example/finance/ledger", "a1b2c3d4")
                                .endpoint("https://data.example/ledger-" + i)
                                .classification(io.meshgov.events.Classification.INTERNAL)
                                .build());
            }
            await().atMost(MAX_POLL_INTERVAL.multipliedBy(3))
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() ->
                            assertThat(lag(api)).as("input lag while stalled").isPositive());
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(api.ok("/api/alerts").get("totalItems").asInt()).isEqualTo(1);
            assertThat(api.ok("/api/products?domain=finance").get("totalItems").asInt())
                    .isEqualTo(20);
            assertThat(lag(api)).isZero();
        });
        assertThat(StallingProcessorWrapper.seen())
                .as("the stalled record was processed again after its transaction was aborted")
                .isGreaterThanOrEqualTo(2);
        assertThat(TopicReader.readAll(
                        broker.getBrokersAsString(),
                        Topics.ALERTS,
                        EventSerdes.alerts().deserializer(),
                        Duration.ofSeconds(3)))
                .as("one alert announced once")
                .hasSize(1);
        assertThat(api.ok("/api/violations").get("totalItems").asInt()).isZero();
    }

    private static double lag(Api api) {
        Matcher m = LAG.matcher(api.get("/actuator/prometheus").raw());
        if (!m.find()) throw new AssertionError("no meshgov_input_lag_records gauge");
        return Double.parseDouble(m.group(1));
    }
}
