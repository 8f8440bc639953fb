package io.meshgov.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.events.Classification;
import io.meshgov.events.ConsumerKind;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.InProdProfileOnItsOwnBroker;
import io.meshgov.kit.test.TokenIssuer;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.pipeline.PublishedBuilder;
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
 * Lineage in the prod profile: a restricted version is its own node only to other domains (no inputs, readers or
 * consumers through it, no impact of its own), and all of it to its owning domain and the {@code mesh:restricted}
 * scope. The mesh: {@code ledger} (finance, restricted) reads source {@code erp} and is read by {@code forecast}
 * (sales, internal), by {@code budget} (sales, internal, naming {@code ledger} without a version) and consumed by
 * {@code cfo-board}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = LineageApplication.class)
@InProdProfileOnItsOwnBroker
class ApiAuthorizationTests {

    static final TokenIssuer ISSUER = TokenIssuer.start();
    static boolean published;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

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
    void publishTheMesh() {
        Api anonymous = new Api(port);
        finance = ISSUER.asDomain(anonymous, "finance");
        sales = ISSUER.asDomain(anonymous, "sales");
        platform = ISSUER.asPlatform(anonymous);
        if (published) return;
        try (CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            catalog.accept(
                    "finance",
                    product("ledger", "General ledger")
                            .inputSource("jdbc:erp")
                            .classification(Classification.RESTRICTED)
                            .build());
            catalog.accept(
                    "sales",
                    product("forecast", "Sales forecast")
                            .inputProduct("ledger", "1.0")
                            .classification(Classification.INTERNAL)
                            .build());
            catalog.accept(
                    "sales",
                    product("budget", "Sales budget")
                            .inputProduct("ledger", null)
                            .classification(Classification.INTERNAL)
                            .build());
            catalog.accept(
                    "finance",
                    PipelineEvents.consumer("cfo-board", "ledger", "1.0")
                            .kind(ConsumerKind.HUMAN)
                            .purpose("board pack")
                            .contact("cfo@finance.example")
                            .registered());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        finance.ok("/api/lineage/products/ledger").get("nodes").findValuesAsString("id"))
                .contains("consumer:cfo-board", "version:forecast@1.0.0", "version:budget@1.0.0", "source:jdbc:erp"));
        published = true;
    }

    private static PublishedBuilder product(String id, String name) {
        return PipelineEvents.published(id, "1.0")
                .name(name)
                .definition(name + ", monthly")
                .owner(id + "-team")
                .code("https://git.example/" + id, "abc123")
                .endpoint("http://data.example/" + id);
    }

    @Test
    void otherDomainsSeeARestrictedVersionAsItsOwnNodeOnly() {
        var lineage = sales.ok("/api/lineage/products/ledger");

        assertThat(lineage.get("nodes").findValuesAsString("id")).containsExactly("version:ledger@1.0.0");
        assertThat(lineage.get("edges").size()).isZero();
    }

    @Test
    void traversalsFromVisibleVersionsStopAtARestrictedOne() {
        var upstream = sales.ok("/api/lineage/products/forecast?direction=UPSTREAM");

        assertThat(upstream.get("nodes").findValuesAsString("id"))
                .containsExactlyInAnyOrder("version:forecast@1.0.0", "version:ledger@1.0.0");
        assertThat(finance.ok("/api/lineage/products/forecast?direction=UPSTREAM")
                        .get("nodes")
                        .findValuesAsString("id"))
                .contains("source:jdbc:erp");
    }

    @Test
    void theImpactOfARestrictedVersionIs403ToOtherDomains() {
        Api.Answer answer = sales.get("/api/lineage/products/ledger/versions/1.0/impact");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(sales.ok("/api/lineage/sources/impact?uri=jdbc:erp")
                        .get("impacted")
                        .findValuesAsString("id"))
                .as("the source's impact reaches the ledger, not beyond")
                .containsExactly("version:ledger@1.0.0");
    }

    @Test
    void theOwningDomainAndTheRestrictedScopeSeeEverything() {
        for (Api caller : List.of(finance, platform)) {
            assertThat(caller.ok("/api/lineage/products/ledger/versions/1.0/impact")
                            .get("impacted")
                            .findValuesAsString("id"))
                    .containsExactlyInAnyOrder("version:forecast@1.0.0", "version:budget@1.0.0", "consumer:cfo-board");
        }
    }

    @Test
    void aReaderNamingARestrictedProductWithoutAVersionIsNotShownBeyondItEither() {
        assertThat(sales.ok("/api/lineage/products/ledger?direction=DOWNSTREAM")
                        .get("nodes")
                        .findValuesAsString("id"))
                .containsExactly("version:ledger@1.0.0");
        var budget = sales.ok("/api/lineage/products/budget?direction=UPSTREAM");
        assertThat(budget.get("nodes").findValuesAsString("id"))
                .as("the reader sees what it reads, bound, and nothing behind it")
                .containsExactlyInAnyOrder("version:budget@1.0.0", "version:ledger@1.0.0");
        var ledger = budget.get("nodes")
                .valueStream()
                .filter(n -> n.get("id").asString().equals("version:ledger@1.0.0"))
                .findFirst()
                .orElseThrow();
        assertThat(ledger.get("status").isNull())
                .as("a restricted version's status")
                .isTrue();
    }

    @Test
    void withoutAValidTokenEverythingButHealthIs401() {
        Api anonymous = new Api(port);
        ISSUER.assertRejectedCallersGet401(
                anonymous,
                List.of(
                        "/api/lineage/products/forecast",
                        "/api/lineage/products/forecast/versions/1.0/impact",
                        "/api/lineage/sources/impact?uri=jdbc:erp",
                        "/actuator/prometheus"));
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }
}
