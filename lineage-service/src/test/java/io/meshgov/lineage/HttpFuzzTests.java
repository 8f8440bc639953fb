package io.meshgov.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.HttpFuzz;
import io.meshgov.lineage.support.LineageIntegrationTest;
import io.meshgov.lineage.support.LineageMesh;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Thousands of malformed lineage requests: no 5xx, every error problem+json, and no GET changes the graph. */
@LineageIntegrationTest
class HttpFuzzTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void answersEveryMalformedRequestWithAProblemAndChangesNothing() {
        Api api = new Api(port);
        try (CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            LineageMesh.steps().forEach(step -> catalog.accept(step.domain(), step.event()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String top10 =
                    api.get("/api/lineage/products/top-10-customers?depth=10").raw();
            return top10.contains("consumer:cfo-office")
                    && top10.contains("consumer:jane.analyst")
                    && top10.contains("consumer:sales-dashboard")
                    && top10.contains("version:churn-scores@1.0.0");
        });

        int errors = HttpFuzz.refusalsChangingNothing(
                api,
                List.of(
                        "/api/lineage/products/{}?version={}&direction={}&depth={}",
                        "/api/lineage/products/top-10-customers?direction={}&depth={}",
                        "/api/lineage/products/{}/versions/{}/impact",
                        "/api/lineage/sources/impact?uri={}",
                        "/api/lineage/{}/{}"),
                2_000,
                () -> api.get("/api/lineage/products/top-10-customers?depth=10").raw());

        assertThat(errors).isGreaterThan(500);
    }
}
