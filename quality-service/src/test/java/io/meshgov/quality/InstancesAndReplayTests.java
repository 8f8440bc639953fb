package io.meshgov.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.events.QualityStatusChanged;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Answers;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.Instances;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.quality.support.QualityIntegrationTest;
import io.meshgov.quality.support.StatusChanges;
import io.meshgov.quality.support.TestClockConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * A second instance on 4-partition topics answers every query as the first; a fresh application replaying every
 * topic from offset 0 reaches the same answers and announces no status change that was not announced before.
 */
@QualityIntegrationTest
class InstancesAndReplayTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Test
    void secondInstanceAndCleanReplayAnswerIdenticallyAndAnnounceNothingNew() {
        Api first = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString());
                CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            catalog.accept("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
            for (int i = 0; i <= 40; i++) { // 2.1 ends FAILING (its last value 0.9), 3.0 PASSING
                String version = i % 2 == 0 ? "2.1" : "3.0";
                double value = i == 40 ? 0.9 : i % 4 < 2 ? 0.97 + i * 0.001 : 0.999;
                domains.publish(
                        "sales",
                        PipelineEvents.measured(MeshFixtures.TOP_10, version, "completeness", value)
                                .eventId(java.util
                                        .UUID
                                        .nameUUIDFromBytes(("m" + i).getBytes())
                                        .toString())
                                .measuredAt(MeshFixtures.T0.plus(Duration.ofMinutes(i)))
                                .runId("run-" + i)
                                .build());
            }
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> first.get("/api/quality/products/top-10-customers/versions/3.0")
                                .raw()
                                .contains("0.999")
                        && first.get("/api/quality/breaches").raw().contains("2.1.0"));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusIds().size() >= 2);
        Set<String> announced = statusIds();

        try (ConfigurableApplicationContext second = start("meshgov-quality");
                ConfigurableApplicationContext replay = start("meshgov-quality-replay")) {
            List<Api> others = List.of(Instances.api(second), Instances.api(replay));
            List<String> paths = List.of(
                    "/api/quality/products/top-10-customers/versions/2.1",
                    "/api/quality/products/top-10-customers/versions/3.0",
                    "/api/quality/products/top-10-customers/compare?versions=2.1,3.0",
                    "/api/quality/breaches",
                    "/api/quality/products/top-10-customers/versions/2.1/kpis/completeness/history"
                            + "?from=2026-01-05T00:00:00Z&to=2026-01-06T00:00:00Z");
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> Answers.assertAlike(first, others, paths));
            Instances.awaitSplitProcessing(streams, second, "track");
        }
        assertThat(statusIds())
                .as("the replay announced only ids already announced")
                .isEqualTo(announced);
    }

    private Set<String> statusIds() {
        return StatusChanges.announced(broker.getBrokersAsString()).stream()
                .map(QualityStatusChanged::getEventId)
                .collect(Collectors.toSet());
    }

    private static ConfigurableApplicationContext start(String applicationId) {
        return Instances.start(TestClockConfiguration.class, "--spring.kafka.streams.application-id=" + applicationId);
    }
}
