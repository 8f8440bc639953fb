package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.OpenApiContract;
import io.meshgov.wire.ReleasedSchemas;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The service's operational surface: health with Kafka Streams state, OpenAPI, and problem+json errors. */
@CatalogIntegrationTest
@TestPropertySource(
        properties = {
            "meshgov.governance.domains.finance.notice-period=90d",
            "meshgov.governance.domains.finance.reminders=30d,7d,1d"
        })
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
                        "/api/violations",
                        "/api/schemas");
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
        assertThat(sales.get("reminderDaysBeforeSunset").toString()).isEqualTo("[14,3]");
        var finance = new Api(port).ok("/api/domains/finance/rules");
        assertThat(finance.get("noticePeriodDays").asLong()).isEqualTo(90);
        assertThat(finance.get("reminderDaysBeforeSunset").toString())
                .as("the domain's own points, longest first")
                .isEqualTo("[30,7,1]");
    }

    @Test
    void listsEveryReleasedSchemaWithWhatAPipelineNeedsToFrameItAndNoRegistryFieldsWithoutARegistry() {
        JsonNode schemas = new Api(port).ok("/api/schemas");

        ReleasedSchemas released = ReleasedSchemas.load();
        assertThat(schemas.valueStream()
                        .map(s -> s.get("type").asString() + " v"
                                + s.get("version").asInt()))
                .containsExactlyInAnyOrderElementsOf(released.all().stream()
                        .map(r -> r.type().schemaName() + " v" + r.version())
                        .toList());
        for (JsonNode schema : schemas) {
            long fingerprint =
                    HexFormat.fromHexDigitsToLong(schema.get("fingerprint").asString());
            assertThat(SchemaNormalization.fingerprint64(
                            schema.get("canonicalForm").asString().getBytes(StandardCharsets.UTF_8)))
                    .as("the canonical form is what the fingerprint is computed from")
                    .isEqualTo(fingerprint);
            byte[] header = HexFormat.ofDelimiter(" ")
                    .parseHex(schema.get("singleObjectHeader").asString());
            assertThat(Arrays.copyOfRange(header, 0, 2)).containsExactly(0xC3, 0x01);
            assertThat(ByteBuffer.wrap(header, 2, 8)
                            .order(ByteOrder.LITTLE_ENDIAN)
                            .getLong())
                    .isEqualTo(fingerprint);
            assertThat(schema.get("subject").isNull()).isTrue();
            assertThat(schema.get("registryId").isNull()).isTrue();
        }
        JsonNode registered = schemas.valueStream()
                .filter(s -> s.get("type").asString().equals("io.meshgov.events.ConsumerRegistered"))
                .findFirst()
                .orElseThrow();
        assertThat(registered.get("current").asBoolean()).isTrue();
        assertThat(registered.get("pipelineTopic").asString()).isEqualTo("mesh.<domain>.consumers");
        assertThat(registered.at("/schema/name").asString()).isEqualTo("ConsumerRegistered");
    }

    private static void assertProblem(Api.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        if (detail != null) assertThat(answer.body().get("detail").asString()).contains(detail);
    }
}
