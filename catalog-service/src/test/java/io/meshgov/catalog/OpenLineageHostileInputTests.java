package io.meshgov.catalog;

import static io.meshgov.catalog.run.RunEvents.RUN;
import static io.meshgov.catalog.run.RunEvents.TOP_10_V21;
import static io.meshgov.catalog.run.RunEvents.WAREHOUSE;
import static io.meshgov.catalog.run.RunEvents.bytes;
import static io.meshgov.catalog.run.RunEvents.top10Build;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.run.RandomJson;
import io.meshgov.catalog.run.RunEventReader;
import io.meshgov.catalog.run.RunEvents;
import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DatasetName;
import io.meshgov.events.RunAccepted;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * 10,000 random JSON documents (half of them edits of a valid run event) on a domain's openlineage topic, and 2,000
 * over HTTP: each refused one is a dead letter or a 400, nothing is a 5xx, and the stream thread that read them goes
 * on to bind the valid run sent last.
 */
@CatalogIntegrationTest
class OpenLineageHostileInputTests {

    private static final int ON_KAFKA = 10_000;
    private static final int OVER_HTTP = 2_000;
    /** The run sent after the hostile documents (no edit of the valid document makes this id). */
    private static final String LAST_RUN = "7d4e8a1c-2b3f-4c5d-8e9f-0a1b2c3d4e5f";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    final RunEventReader reader = new RunEventReader();

    @Test
    void randomDocumentsAreDeadLetteredOrAnswered400AndTheValidRunAfterThemIsStillBound() throws Exception {
        broker.addTopicsWithResults("mesh.sales.openlineage");
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            domains.publish(
                    "sales",
                    DataProductVersionPublished.newBuilder(MeshFixtures.top10CustomersV21())
                            .setDatasets(List.of(new DatasetName(WAREHOUSE, TOP_10_V21)))
                            .build());
        }
        List<byte[]> documents = documents(new Random(18_000), ON_KAFKA);
        long refused = documents.stream()
                .filter(d -> reader.read(d) instanceof RunEventReader.Rejected)
                .count();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.getBrokersAsString(),
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (byte[] document : documents)
                producer.send(new ProducerRecord<>("mesh.sales.openlineage", "k", document));
            producer.send(new ProducerRecord<>("mesh.sales.openlineage", "k", bytes(top10Build(LAST_RUN, "COMPLETE"))))
                    .get();
        }

        Api api = new Api(port).withHeader("X-Meshgov-Domain", "sales");
        int answered400 = 0;
        for (byte[] document : documents(new Random(18_001), OVER_HTTP)) {
            Api.Answer answer = api.post("/api/v1/lineage", document);
            boolean rejected = reader.read(document) instanceof RunEventReader.Rejected;
            assertThat(answer.status())
                    .as(new String(document, StandardCharsets.UTF_8))
                    .isEqualTo(rejected ? 400 : 201);
            if (rejected) answered400++;
        }
        assertThat(answered400).as("random documents are mostly refused").isGreaterThan(OVER_HTTP / 2);

        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(RunEvents.accepted(broker.getBrokersAsString()).stream()
                                .map(RunAccepted::getRunId)
                                .toList())
                        .as("the valid run sent after the hostile ones")
                        .contains(LAST_RUN));
        List<ConsumerRecord<String, byte[]>> dead =
                TopicReader.readBytes(broker.getBrokersAsString(), Topics.CATALOG_DEAD_LETTER, Duration.ofSeconds(2));
        assertThat(dead.stream()
                        .filter(r -> "mesh.sales.openlineage".equals(header(r, DeadLetterHeaders.SOURCE_TOPIC)))
                        .count())
                .as("dead letters: exactly the refused documents, each once")
                .isEqualTo(refused);
        assertThat(refused).isGreaterThan(ON_KAFKA / 2);
        assertThat(new Api(port).ok("/actuator/health").get("status").asString())
                .isEqualTo("UP");
    }

    private static List<byte[]> documents(Random random, int count) {
        String valid = top10Build(RUN, "COMPLETE");
        List<byte[]> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(bytes(i % 2 == 0 ? RandomJson.document(random) : RandomJson.mutate(valid, random)));
        }
        return documents;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
