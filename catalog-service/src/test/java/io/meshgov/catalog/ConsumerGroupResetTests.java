package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Answers;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.GroupOffsets;
import io.meshgov.kit.test.StreamsProbe;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import java.time.Duration;
import java.util.ArrayList;
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
 * Reliability scenario 2: the service's consumer group reset to the earliest offsets re-reads every input; with its
 * state kept, that changes nothing and announces nothing new (idempotent by construction, not by luck).
 */
@CatalogIntegrationTest
class ConsumerGroupResetTests {

    private static final String GROUP = "meshgov-catalog";
    private static final Pattern INPUTS = Pattern.compile("mesh\\.[a-z-]+\\.(products|consumers)");
    private static final List<String> PATHS =
            List.of("/api/products/top-10-customers", "/api/alerts", "/api/violations");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Test
    void reprocessingEveryInputFromTheStartAnnouncesNothingNew() throws Exception {
        Api api = new Api(port);
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            domains.publish("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
            domains.publish("marketing", MeshFixtures.salesDashboardOnV21());
            domains.publish("finance", MeshFixtures.analystOnV21());
            domains.publish("sales", MeshFixtures.top10V21DeprecatedFor30());
            domains.publish(
                    "marketing",
                    PipelineEvents.lifecycle(MeshFixtures.TOP_10, "3.0")
                            .reason("not ours")
                            .sunsetAt(MeshFixtures.T0.plus(Duration.ofDays(400)))
                            .retired());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(api.ok("/api/alerts").get("totalItems").asInt()).isEqualTo(2);
            assertThat(api.ok("/api/violations").get("totalItems").asInt()).isEqualTo(2); // ownership and lifecycle
        });
        Map<String, JsonNode> before = Answers.contents(api, PATHS);
        int alerts = outputs(Topics.ALERTS), violations = outputs(Topics.GOVERNANCE_VIOLATIONS);
        GroupOffsets group = new GroupOffsets(broker.getBrokersAsString(), GROUP, INPUTS);
        long inputs = group.total();

        streams.stop();
        group.resetToEarliest();
        assertThat(group.lag())
                .as("the group's committed offsets are back at 0")
                .isEqualTo(inputs);
        streams.start();

        // while the restarted client restores, answers are 503 (with Retry-After) or right, never wrong
        List<String> wrong = new ArrayList<>();
        int[] unavailable = {0};
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> {
            boolean allRight = true;
            for (String path : PATHS) {
                Api.Answer answer = api.get(path);
                if (answer.status() == 503 && "2".equals(answer.retryAfter())) unavailable[0]++;
                else if (answer.status() != 200 || !answer.body().equals(before.get(path)))
                    wrong.add(path + " -> " + answer.status() + " " + answer.raw());
                allRight &= answer.status() == 200 && answer.body().equals(before.get(path));
            }
            return allRight && group.lag() == 0;
        });
        assertThat(wrong).as("answers that were neither right nor 503").isEmpty();
        assertThat(StreamsProbe.recordsFetched(streams))
                .as("records the restarted client read: every input again")
                .isGreaterThanOrEqualTo(inputs);
        assertThat(outputs(Topics.ALERTS)).isEqualTo(alerts).isEqualTo(2);
        assertThat(outputs(Topics.GOVERNANCE_VIOLATIONS)).isEqualTo(violations).isEqualTo(2);
    }

    private int outputs(String topic) {
        return TopicReader.readBytes(broker.getBrokersAsString(), topic, Duration.ofSeconds(2))
                .size();
    }
}
