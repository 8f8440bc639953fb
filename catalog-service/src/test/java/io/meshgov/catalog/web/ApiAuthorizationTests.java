package io.meshgov.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.run.RunEvents;
import io.meshgov.catalog.support.TestClockConfiguration;
import io.meshgov.events.Classification;
import io.meshgov.events.ConsumerKind;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.InProdProfileOnItsOwnBroker;
import io.meshgov.kit.test.TokenIssuer;
import io.meshgov.pipeline.PipelineEvents;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The catalog in the prod profile, with tokens from a test issuer: every cell of the classification table
 * (restricted / confidential / internal / public × owning domain, other domain, {@code mesh:restricted} scope), and
 * every way a token can be wrong (401), over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TestClockConfiguration.class)
@InProdProfileOnItsOwnBroker
class ApiAuthorizationTests {

    static final TokenIssuer ISSUER = TokenIssuer.start();
    static boolean published;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    Api anonymous;
    Api finance;
    Api sales;
    Api platform;

    @DynamicPropertySource
    static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
        ISSUER.configure(registry);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @BeforeEach
    void publishOneProductPerClassification() {
        anonymous = new Api(port);
        finance = ISSUER.asDomain(anonymous, "finance");
        sales = ISSUER.asDomain(anonymous, "sales");
        platform = ISSUER.asPlatform(anonymous);
        if (published) return;
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            for (Classification c : Classification.values()) {
                domains.publish("finance", product(c));
            }
            domains.publish(
                    "sales",
                    PipelineEvents.consumer("sales-forecast", "payroll-restricted", "1.0")
                            .kind(ConsumerKind.SYSTEM)
                            .purpose("forecast")
                            .contact("forecast@sales.example")
                            .registered());
            // breaks the ownership policy: a violation about the restricted product
            domains.publish(
                    "sales",
                    PipelineEvents.published("payroll-restricted", "2.0")
                            .name("Payroll restricted")
                            .definition("Sales' own payroll view")
                            .owner("sales-data")
                            .code("https://git.example/sales/payroll", "def456")
                            .endpoint("http://data.example/sales/payroll")
                            .classification(Classification.PUBLIC)
                            .build());
        }
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(finance.ok("/api/products?q=payroll").at("/items").size())
                    .isEqualTo(Classification.values().length);
            assertThat(finance.ok("/api/consumers/sales-forecast")
                            .at("/consumes")
                            .size())
                    .isEqualTo(1);
            assertThat(finance.ok("/api/violations").at("/items").size()).isEqualTo(1);
        });
        published = true;
    }

    @Test
    void aRestrictedVersionIsListedByIdAndNameOnlyToOtherDomains() {
        var listed = sales.ok("/api/products?q=payroll").at("/items");

        assertThat(listed).hasSize(4);
        var restricted = listed.valueStream()
                .filter(p -> p.get("id").asString().equals("payroll-restricted"))
                .findFirst()
                .orElseThrow();
        assertThat(restricted.propertyNames()).containsExactlyInAnyOrder("id", "name", "restricted");
        assertThat(listed.valueStream().filter(p -> p.has("owner")).count()).isEqualTo(3);
    }

    @Test
    void restrictedDetailsConsumersAndLineageAnswer403ToOtherDomains() {
        for (String path :
                List.of("/api/products/payroll-restricted", "/api/products/payroll-restricted/versions/1.0")) {
            Api.Answer answer = sales.get(path);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.body().get("detail").asString()).contains("restricted", "finance", "mesh:restricted");
        }
        assertThat(sales.get("/api/consumers/sales-forecast").status())
                .as("its only consumption is of the restricted version")
                .isEqualTo(404);
    }

    @Test
    void searchesViolationsAndDomainFiguresLeaveOutWhatIsRestrictedFromTheCaller() {
        assertThat(sales.ok("/api/products?q=cost%20centre").at("/items").size())
                .as("a definition is searched only where it may be seen")
                .isEqualTo(3);
        assertThat(finance.ok("/api/products?q=cost%20centre").at("/items").size())
                .isEqualTo(4);
        assertThat(sales.ok("/api/violations").at("/items").size()).isZero();
        assertThat(platform.ok("/api/violations").at("/items/0/productId").asString())
                .isEqualTo("payroll-restricted");
        assertThat(registrationsOf(sales, "sales")).isZero();
        assertThat(registrationsOf(finance, "sales")).isEqualTo(1);
    }

    private static long registrationsOf(Api caller, String domain) {
        return caller.ok("/api/domains")
                .valueStream()
                .filter(d -> d.get("domain").asString().equals(domain))
                .findFirst()
                .map(d -> d.get("consumerRegistrations").asLong())
                .orElse(0L);
    }

    @Test
    void theOwningDomainAndTheRestrictedScopeSeeRestrictedDetails() {
        for (Api caller : List.of(finance, platform)) {
            assertThat(caller.ok("/api/products/payroll-restricted/versions/1.0")
                            .at("/consumers/0/consumerId")
                            .asString())
                    .isEqualTo("sales-forecast");
            assertThat(caller.ok("/api/products?q=payroll").at("/items").valueStream())
                    .isNotEmpty()
                    .allMatch(p -> p.has("owner"));
        }
    }

    @Test
    void confidentialInternalAndPublicAreVisibleToAnyAuthenticatedCaller() {
        for (String id : List.of("payroll-confidential", "payroll-internal", "payroll-public")) {
            assertThat(sales.ok("/api/products/" + id)
                            .at("/versions/0/definition")
                            .asString())
                    .isNotEmpty();
        }
    }

    @Test
    void everyApiCallWithoutAValidTokenIs401ProblemJson() {
        ISSUER.assertRejectedCallersGet401(
                anonymous, List.of("/api/products", "/api/products/payroll-public", "/actuator/prometheus"));
    }

    @Test
    void healthIsPublic() {
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    /** A pipeline posts OpenLineage events for a domain its token names: the topic a domain may write, over HTTP. */
    @Test
    void anOpenLineageEventIsTakenOnlyForADomainTheTokenNames() {
        broker.addTopicsWithResults("mesh.sales.openlineage");
        byte[] run = RunEvents.bytes(RunEvents.top10Build(RunEvents.RUN, "COMPLETE"));

        Api.Answer foreign = finance.post("/api/v1/lineage/sales", run);
        Api.Answer unsigned = anonymous.post("/api/v1/lineage/sales", run);
        Api.Answer own = sales.post("/api/v1/lineage/sales", run);

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().get("detail").asString())
                .isEqualTo("the token does not speak for domain sales (its domains claim: [finance])");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(own.status()).as(own.raw()).isEqualTo(201);
        assertThat(own.body().get("topic").asString()).isEqualTo("mesh.sales.openlineage");
    }

    @Test
    void browsersFromUnlistedOriginsAreRefusedByDefault() {
        Api.Answer answer =
                sales.withHeader("Origin", "https://dashboard.example").get("/api/products");

        assertThat(answer.status()).isEqualTo(403);
    }

    private static io.meshgov.events.DataProductVersionPublished product(Classification c) {
        String id = "payroll-" + c.name().toLowerCase(java.util.Locale.ROOT);
        return PipelineEvents.published(id, "1.0")
                .name("Payroll " + c.name().toLowerCase(java.util.Locale.ROOT))
                .definition("Monthly payroll totals per cost centre")
                .owner("finance-data")
                .code("https://git.example/finance/" + id, "abc123")
                .endpoint("http://data.example/" + id)
                .classification(c)
                .build();
    }
}
