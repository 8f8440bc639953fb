package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.catalog.support.MeshScenario;
import io.meshgov.catalog.support.TestClockConfiguration;
import io.meshgov.kit.test.Answers;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.Instances;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Two instances of the service on 4-partition topics: each owns part of the processing, both answer everything. */
@CatalogIntegrationTest
class TwoInstancesTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    StreamsBuilderFactoryBean streams;

    ConfigurableApplicationContext second;

    @BeforeEach
    void startSecondInstance() {
        second = Instances.start(TestClockConfiguration.class);
    }

    @AfterEach
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void answerEveryEndpointIdentically() {
        Api first = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            MeshScenario.publish(domains, () -> await().atMost(Duration.ofSeconds(60))
                    .until(() -> first.get("/api/products?size=100").status() == 200
                            && first.ok("/api/products?size=100")
                                            .get("totalItems")
                                            .asInt()
                                    == MeshScenario.PRODUCTS));
        }
        Api other = Instances.api(second);
        List<String> paths = paths();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(first.ok("/api/alerts?size=100").get("totalItems").asInt())
                    .isEqualTo(4);
            assertThat(first.ok("/api/violations").get("totalItems").asInt()).isEqualTo(1);
            Answers.assertAlike(first, List.of(other), paths);
        });
        Instances.awaitSplitProcessing(streams, second, "govern");
        assertThat(first.ok("/api/products?size=100").get("totalItems").asInt()).isEqualTo(MeshScenario.PRODUCTS);
        assertThat(first.ok("/api/products/product-3").get("versions").findValuesAsString("status"))
                .containsExactly("DEPRECATED", "ACTIVE");
        assertThat(first.ok("/api/violations?rule=ownership")
                        .get("items")
                        .get(0)
                        .get("domain")
                        .asString())
                .isEqualTo("marketing");
        String offending = first.ok("/api/violations")
                .get("items")
                .get(0)
                .get("offendingEventId")
                .asString();
        assertThat(first.ok("/api/violations?eventId=" + offending)
                        .get("totalItems")
                        .asInt())
                .as("the violations of the event that broke a rule")
                .isEqualTo(1);
        assertThat(first.ok("/api/violations?eventId=" + java.util.UUID.randomUUID())
                        .get("totalItems")
                        .asInt())
                .as("the violations of an event that broke none")
                .isZero();
        assertThat(first.ok("/api/domains").findValuesAsString("domain"))
                .containsExactlyElementsOf(
                        MeshScenario.DOMAINS.stream().sorted().toList());
    }

    private static List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(
                "/api/products?size=100",
                "/api/products?domain=finance",
                "/api/products?status=DEPRECATED",
                "/api/products?q=product%201",
                "/api/domains",
                "/api/alerts?size=100",
                "/api/alerts?state=OPEN&domain=sales",
                "/api/violations",
                "/api/consumers/consumer-0",
                "/api/consumers/consumer-2"));
        for (int i = 0; i < MeshScenario.PRODUCTS; i++) {
            paths.add("/api/products/" + MeshScenario.productId(i));
            paths.add("/api/products/" + MeshScenario.productId(i) + "/versions/1.0");
        }
        return paths;
    }
}
