package io.meshgov.quality;

import static io.meshgov.fixtures.MeshFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Answers;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.CatalogDecisions;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.GroupOffsets;
import io.meshgov.kit.test.StreamsProbe;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.quality.support.QualityIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * Reliability scenario 2 for quality: its consumer group reset to the earliest offsets re-reads every publication and
 * measurement; with its state kept that changes no answer, counts no measurement twice in its hourly bucket and
 * announces no status change again.
 */
@QualityIntegrationTest
class ConsumerGroupResetTests {

    private static final String GROUP = "meshgov-quality";
    private static final Pattern INPUTS = Pattern.compile("mesh\\.[a-z-]+\\.quality|mesh\\.governance\\.accepted");
    private static final List<String> PATHS = List.of(
            "/api/quality/products/top-10-customers/versions/3.0",
            "/api/quality/products/top-10-customers/compare?versions=2.1,3.0",
            "/api/quality/products/top-10-customers/versions/3.0/kpis/freshness_minutes/history?from=" + T0 + "&to="
                    + T0.plus(Duration.ofDays(1)),
            "/api/quality/breaches");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Test
    void reprocessingEveryInputFromTheStartChangesAndAnnouncesNothing() throws Exception {
        Api api = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString());
                CatalogDecisions catalog = new CatalogDecisions(broker.getBrokersAsString())) {
            catalog.accept("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
            int minute = 0;
            for (double value : new double[] {30, 2000, 45, 20, 3000}) {
                Instant at = T0.plus(Duration.ofMinutes(++minute));
                domains.publish(
                        "sales",
                        PipelineEvents.measured(MeshFixtures.TOP_10, "3.0", "freshness_minutes", value)
                                .measuredAt(at)
                                .occurredAt(at)
                                .runId("run-" + minute)
                                .build());
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(statusEvents())
                .as("null->PASSING, ->FAILING, ->PASSING, ->FAILING (3.0 ends in the breach list)")
                .isEqualTo(4));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        api.ok(PATHS.get(2)).at("/buckets/0/count").asInt())
                .isEqualTo(5));
        Map<String, JsonNode> before = Answers.contents(api, PATHS);
        GroupOffsets group = new GroupOffsets(broker.getBrokersAsString(), GROUP, INPUTS);
        long inputs = group.total();

        streams.stop();
        group.resetToEarliest();
        assertThat(group.lag())
                .as("the group's committed offsets are back at 0")
                .isEqualTo(inputs);
        streams.start();

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> {
            assertThat(group.lag()).isZero();
            assertThat(Answers.contents(api, PATHS)).isEqualTo(before);
        });
        assertThat(StreamsProbe.recordsFetched(streams))
                .as("records the restarted client read: every input again")
                .isGreaterThanOrEqualTo(inputs);
        assertThat(statusEvents()).as("no status change announced again").isEqualTo(4);
    }

    private int statusEvents() {
        return TopicReader.readBytes(broker.getBrokersAsString(), Topics.QUALITY_STATUS, Duration.ofSeconds(2))
                .size();
    }
}
