package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.admin.BrokerAccess;
import io.meshgov.admin.ServiceAccess;
import io.meshgov.catalog.support.TestClockConfiguration;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.fixtures.SecuredBroker;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The catalog on a broker with SASL and a deny-by-default authorizer, connecting as its own principal with only the
 * ACLs of {@link BrokerAccess#service}: it still reads every domain's topics and announces alerts, and its
 * password never reaches the log although Kafka's whole client configuration is logged.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = TestClockConfiguration.class,
        properties = {"logging.level.org.apache.kafka.common.config.AbstractConfig=INFO"})
@ActiveProfiles("test")
@DirtiesContext
class SecuredBrokerTests {

    static final SecuredBroker BROKER = SecuredBroker.start(2);
    static final Map<String, Map<String, Object>> DOMAINS =
            Map.of("sales", BROKER.addDomain("sales"), "finance", BROKER.addDomain("finance"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void asTheCatalogsPrincipal(DynamicPropertyRegistry registry) {
        BROKER.runAs(ServiceAccess.CATALOG, registry);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void theCatalogWorksAsItsOwnPrincipalAndNeverLogsItsPassword(CapturedOutput output) {
        Api api = new Api(port);
        try (Domains domains = new Domains(DOMAINS::get)) {
            domains.publish("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> assertThat(
                            api.ok("/api/products/top-10-customers")
                                    .at("/versions")
                                    .size())
                    .isEqualTo(2));
            domains.publish("finance", MeshFixtures.analystOnV21());
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(
                            api.ok("/api/consumers/jane.analyst").toString())
                    .contains("2.1"));
            domains.publish("sales", MeshFixtures.top10V21DeprecatedFor30());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        TopicReader.readBytes(BROKER.admin(), Topics.ALERTS, Duration.ofSeconds(1)))
                .hasSize(1));

        String password = SecuredBroker.passwordOf(ServiceAccess.CATALOG.user());
        assertThat(output).as("Kafka's configuration was logged").contains("sasl.jaas.config = [hidden]");
        assertThat(output).doesNotContain(password);
    }
}
