package io.meshgov.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.admin.BrokerAccess;
import io.meshgov.admin.ServiceAccess;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.fixtures.SecuredBroker;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
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
 * Lineage on a broker with SASL and a deny-by-default authorizer, as its own principal with only the ACLs of
 * {@link BrokerAccess#service}: it reads what the catalog (as its own principal) accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = LineageApplication.class)
@ActiveProfiles("test")
@DirtiesContext
class SecuredBrokerTests {

    static final SecuredBroker BROKER = SecuredBroker.start(2);
    /** The catalog's principal with its own ACLs: the only writer of what lineage reads. */
    static final Map<String, Object> CATALOG = BROKER.addService(ServiceAccess.CATALOG);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void asLineagesPrincipal(DynamicPropertyRegistry registry) {
        BROKER.runAs(ServiceAccess.LINEAGE, registry);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void lineageWorksAsItsOwnPrincipalAcrossDomains() {
        try (CatalogDecisions catalog = new CatalogDecisions(CATALOG)) {
            catalog.accept("sales", MeshFixtures.top10CustomersV21());
            catalog.accept("finance", MeshFixtures.analystOnV21());
        }
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> assertThat(
                        api.ok("/api/lineage/products/top-10-customers")
                                .get("nodes")
                                .findValuesAsString("id"))
                .contains("version:top-10-customers@2.1.0", "consumer:jane.analyst"));
    }
}
