package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Reliability scenario 2: the service's consumer group reset to the earliest offsets re-reads every input; with its
 * state kept, that changes nothing and announces nothing new (idempotent by construction, not by luck).
 */
@CatalogIntegrationTest
class ConsumerGroupResetTests {

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
        String before = api.get("/api/products/top-10-customers").raw()
                + api.get("/api/alerts").raw()
                + api.get("/api/violations").raw();
        int alerts = outputs(Topics.ALERTS), violations = outputs(Topics.GOVERNANCE_VIOLATIONS);

        streams.stop();
        resetInputsToEarliest();
        streams.start();

        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(lag()).isZero());
        // while the restarted client restores, answers are 503 (with Retry-After) or right, never wrong
        List<Api.Answer> seen = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Api.Answer> answers = List.of(
                    api.get("/api/products/top-10-customers"), api.get("/api/alerts"), api.get("/api/violations"));
            seen.addAll(answers);
            return answers.stream()
                    .map(Api.Answer::raw)
                    .collect(Collectors.joining())
                    .equals(before);
        });
        assertThat(seen).allSatisfy(answer -> {
            assertThat(answer.status()).isIn(200, 503);
            if (answer.status() == 503) assertThat(answer.retryAfter()).isEqualTo("2");
            else assertThat(before).contains(answer.raw());
        });
        assertThat(outputs(Topics.ALERTS)).isEqualTo(alerts).isEqualTo(2);
        assertThat(outputs(Topics.GOVERNANCE_VIOLATIONS)).isEqualTo(violations).isEqualTo(2);
    }

    private void resetInputsToEarliest() {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            try (Admin admin = admin()) {
                Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
                for (String topic : inputTopics(admin)) {
                    for (int p = 0; p < 4; p++) earliest.put(new TopicPartition(topic, p), new OffsetAndMetadata(0));
                }
                admin.alterConsumerGroupOffsets("meshgov-catalog", earliest)
                        .all()
                        .get();
            }
        });
    }

    private long lag() throws Exception {
        try (Admin admin = admin()) {
            var committed = admin.listConsumerGroupOffsets("meshgov-catalog")
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
            for (String topic : inputTopics(admin)) {
                for (int p = 0; p < 4; p++) {
                    latest.put(new TopicPartition(topic, p), org.apache.kafka.clients.admin.OffsetSpec.latest());
                }
            }
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        }
    }

    private java.util.List<String> inputTopics(Admin admin) throws Exception {
        return admin.listTopics().names().get().stream()
                .filter(t -> t.matches("mesh\\.[a-z-]+\\.(products|consumers)"))
                .toList();
    }

    private Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", broker.getBrokersAsString()));
    }

    private int outputs(String topic) {
        return TopicReader.readBytes(broker.getBrokersAsString(), topic, Duration.ofSeconds(2))
                .size();
    }
}
