package io.meshgov.quality;

import static io.meshgov.fixtures.MeshFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.admin.BrokerAccess;
import io.meshgov.admin.ServiceAccess;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.fixtures.SecuredBroker;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.quality.support.TestClockConfiguration;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Quality on a broker with SASL and a deny-by-default authorizer, as its own principal with only the ACLs of
 * {@link BrokerAccess#service}: it reads a domain's measurements and announces status changes on its output topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TestClockConfiguration.class)
@ActiveProfiles("test")
@DirtiesContext
class SecuredBrokerTests {

    static final SecuredBroker BROKER = SecuredBroker.start(2);
    static final Map<String, Object> SALES = BROKER.addDomain("sales");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void asQualitysPrincipal(DynamicPropertyRegistry registry) {
        BROKER.runAs(ServiceAccess.QUALITY, registry);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void qualityWorksAsItsOwnPrincipalAndAnnouncesOnItsOutputTopic() {
        try (Domains domains = new Domains(domain -> SALES);
                // the catalog's principal with its own ACLs: the writer of the accepted inputs quality follows
                CatalogDecisions catalog = new CatalogDecisions(BROKER.addService(ServiceAccess.CATALOG))) {
            catalog.accept("sales", MeshFixtures.top10CustomersV30());
            domains.publish(
                    "sales",
                    PipelineEvents.measured(MeshFixtures.TOP_10, "3.0", "freshness_minutes", 30)
                            .measuredAt(T0.plus(Duration.ofMinutes(1)))
                            .runId("run-1")
                            .build());
        }
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> assertThat(
                        api.ok("/api/quality/products/top-10-customers/versions/3.0")
                                .get("kpis")
                                .findValuesAsString("runId"))
                .contains("run-1"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        TopicReader.readBytes(BROKER.admin(), Topics.QUALITY_STATUS, Duration.ofSeconds(1)))
                .isNotEmpty());
    }
}
