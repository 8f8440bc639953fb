package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.HttpFuzz;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Thousands of malformed requests to every endpoint: no 5xx, every error problem+json, and no GET changes state. */
@CatalogIntegrationTest
class HttpFuzzTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void answersEveryMalformedRequestWithAProblemAndChangesNothing() {
        Api api = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            domains.publish("sales", MeshFixtures.top10CustomersV21());
            domains.publish("finance", MeshFixtures.analystOnV21());
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/consumers/jane.analyst").status() == 200);

        int errors = HttpFuzz.refusalsChangingNothing(
                api,
                List.of(
                        "/api/products?domain={}&status={}&q={}&page={}&size={}",
                        "/api/products/{}",
                        "/api/products/{}/versions/{}",
                        "/api/products/top-10-customers/versions/{}",
                        "/api/consumers/{}",
                        "/api/alerts?state={}&domain={}&page={}&size={}",
                        "/api/violations?domain={}&rule={}&page={}&size={}",
                        "/api/{}",
                        "/api/products/{}/{}"),
                3_000,
                () -> snapshot(api));

        assertThat(errors).as("most hostile requests are refused").isGreaterThan(1_000);
    }

    private static String snapshot(Api api) {
        return api.get("/api/products?size=100").raw()
                + api.get("/api/products/top-10-customers").raw()
                + api.get("/api/alerts?size=100").raw()
                + api.get("/api/violations?size=100").raw()
                + api.get("/api/consumers/jane.analyst").raw();
    }
}
