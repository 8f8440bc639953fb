package io.meshgov.quality;

import static io.meshgov.fixtures.MeshFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.events.Classification;
import io.meshgov.events.ObjectiveComparator;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.InProdProfileOnItsOwnBroker;
import io.meshgov.kit.test.TokenIssuer;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.quality.support.TestClockConfiguration;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Quality in the prod profile: a restricted version's KPIs are the owning domain's and {@code mesh:restricted}'s
 * only (403 to other domains, left out of their breach list); no token, no answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TestClockConfiguration.class)
@InProdProfileOnItsOwnBroker
class ApiAuthorizationTests {

    static final TokenIssuer ISSUER = TokenIssuer.start();
    private static final String PAYROLL = "/api/quality/products/payroll/versions/1.0";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
        ISSUER.configure(registry);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @Test
    void aRestrictedVersionsQualityIsItsDomainsAndThePlatformsOnly() {
        Api anonymous = new Api(port);
        Api finance = ISSUER.asDomain(anonymous, "finance");
        Api sales = ISSUER.asDomain(anonymous, "sales");
        Api platform = ISSUER.asPlatform(anonymous);
        try (Domains domains = new Domains(broker.getBrokersAsString());
                CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            catalog.accept(
                    "finance",
                    PipelineEvents.published("payroll", "1.0")
                            .occurredAt(T0)
                            .name("Payroll")
                            .definition("Monthly payroll totals")
                            .owner("finance-data")
                            .code("https://git.example/payroll", "abc123")
                            .endpoint("http://data.example/payroll")
                            .objective("completeness", ObjectiveComparator.AT_LEAST, 0.99)
                            .classification(Classification.RESTRICTED)
                            .build());
            domains.publish(
                    "finance",
                    PipelineEvents.measured("payroll", "1.0", "completeness", 0.5)
                            .measuredAt(T0.plus(Duration.ofMinutes(30)))
                            .runId("run-1")
                            .build());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        finance.ok(PAYROLL).at("/kpis/0/status").asString())
                .isEqualTo("FAILING"));

        assertThat(platform.ok(PAYROLL).at("/kpis/0/status").asString()).isEqualTo("FAILING");
        assertThat(finance.ok("/api/quality/breaches").at("/items").size()).isEqualTo(1);
        Api.Answer refused = sales.get(PAYROLL);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(sales.get("/api/quality/products/payroll/compare?versions=1.0,0.9")
                        .status())
                .isEqualTo(403);
        assertThat(sales.get(PAYROLL + "/kpis/completeness/history").status()).isEqualTo(403);
        assertThat(sales.ok("/api/quality/breaches").at("/items").size()).isZero();
        ISSUER.assertRejectedCallersGet401(
                anonymous, List.of(PAYROLL, "/api/quality/breaches", "/actuator/prometheus"));
    }
}
