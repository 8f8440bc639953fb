package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.OpenApiContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The service's operational surface: health with Kafka Streams state, OpenAPI, and problem+json errors. */
@CatalogIntegrationTest
@TestPropertySource(properties = "meshgov.governance.domains.finance.notice-period=90d")
class CatalogApplicationTests {

    @LocalServerPort
    int port;

    @Test
    void reportsHealthUpWithTheKafkaStreamsState() {
        Api api = new Api(port);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()
                            .at("/components/kafkaStreams/details/state")
                            .asString())
                    .isEqualTo("RUNNING");
        });
    }

    @Test
    void publishesItsOpenApiContractAsCheckedIn() {
        var docs = new Api(port).ok("/v3/api-docs");

        assertThat(docs.get("paths").propertyNames())
                .contains(
                        "/api/products",
                        "/api/products/{productId}",
                        "/api/products/{productId}/versions/{version}",
                        "/api/consumers/{consumerId}",
                        "/api/domains",
                        "/api/alerts",
                        "/api/violations");
        OpenApiContract.assertServedAsCheckedIn(new Api(port), "catalog-service");
    }

    @Test
    void answersBadParametersAndUnknownIdsWithProblemDetails() {
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/products").status() == 200);

        assertProblem(api.get("/api/products?size=1000"), 400, "size must be between 1 and 100");
        assertProblem(api.get("/api/products?page=-1"), 400, "page must be 0 or more");
        assertProblem(api.get("/api/products?page=abc"), 400, null);
        assertProblem(api.get("/api/products?status=GONE"), 400, "status 'GONE' is not one of");
        assertProblem(api.get("/api/products/Not_A_Slug"), 400, "not a lower-case slug");
        assertProblem(api.get("/api/products/top-10-customers/versions/latest"), 400, "not a semantic version");
        assertProblem(api.get("/api/products/no-such-product"), 404, "no data product 'no-such-product' is known");
        assertProblem(api.get("/api/consumers/nobody"), 404, "no consumer 'nobody'");
        assertProblem(api.get("/api/violations?rule=made-up"), 400, "rule 'made-up' is not one of");
        assertProblem(api.get("/api/alerts?domain=X"), 400, "is not a domain name");
        assertProblem(api.get("/api/violations?eventId=not-a-uuid"), 400, "eventId 'not-a-uuid' is not a UUID");
        assertProblem(api.get("/api/domains/Not_A_Domain/rules"), 400, "is not a domain name");
    }

    @Test
    void answersTheRulesADomainIsJudgedByItsOverridesOverTheDefaults() {
        var sales = new Api(port).ok("/api/domains/sales/rules");

        assertThat(sales.get("domain").asString()).isEqualTo("sales");
        assertThat(sales.get("noticePeriodDays").asLong()).isEqualTo(30);
        assertThat(sales.get("escalationWindowDays").asLong()).isEqualTo(7);
        assertThat(new Api(port)
                        .ok("/api/domains/finance/rules")
                        .get("noticePeriodDays")
                        .asLong())
                .isEqualTo(90);
    }

    private static void assertProblem(Api.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        if (detail != null) assertThat(answer.body().get("detail").asString()).contains(detail);
    }
}
