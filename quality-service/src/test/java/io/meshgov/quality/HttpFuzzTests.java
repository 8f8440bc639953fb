package io.meshgov.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.HttpFuzz;
import io.meshgov.quality.support.QualityIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Thousands of malformed quality requests: no 5xx, every error problem+json, and no GET changes state. */
@QualityIntegrationTest
class HttpFuzzTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void answersEveryMalformedRequestWithAProblemAndChangesNothing() {
        Api api = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString());
                CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            catalog.accept("sales", MeshFixtures.top10CustomersV21());
            domains.publish("sales", MeshFixtures.completenessOfV21(0.97));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/quality/products/top-10-customers/versions/2.1")
                        .raw()
                        .contains("0.97"));

        int errors = HttpFuzz.refusalsChangingNothing(
                api,
                List.of(
                        "/api/quality/products/{}/versions/{}",
                        "/api/quality/products/top-10-customers/versions/{}/kpis/{}/history?from={}&to={}",
                        "/api/quality/products/{}/compare?versions={}",
                        "/api/quality/products/top-10-customers/compare?versions=2.1,{}",
                        "/api/quality/breaches?domain={}",
                        "/api/quality/{}/{}"),
                2_000,
                () -> api.get("/api/quality/products/top-10-customers/versions/2.1")
                        .raw());

        assertThat(errors).isGreaterThan(500);
    }
}
