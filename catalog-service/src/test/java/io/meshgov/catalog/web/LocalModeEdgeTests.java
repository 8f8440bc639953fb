package io.meshgov.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.kit.test.Api;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without the prod profile the API is open to a newcomer (no token, any origin), with the same request limits. */
@CatalogIntegrationTest
class LocalModeEdgeTests {

    @LocalServerPort
    int port;

    @Test
    void noTokenIsNeededAndAnyOriginMayRead() {
        Api browser = new Api(port).withHeader("Origin", "http://localhost:3000");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Api.Answer answer = browser.get("/api/products");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("http://localhost:3000");
        });
    }

    @Test
    void anOverlongQueryStringIsRefusedWith400BeforeAnythingRuns() {
        Api.Answer answer = new Api(port).get("/api/products?q=" + "a".repeat(2_100));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().get("detail").asString()).contains("at most 2048");
    }
}
