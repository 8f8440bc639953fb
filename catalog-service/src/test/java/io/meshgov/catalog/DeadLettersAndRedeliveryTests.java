package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.Domains;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

@CatalogIntegrationTest
class DeadLettersAndRedeliveryTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void sendsUndecodableRecordsToTheDeadLetterTopicAndAppliesTheNextValidEvent() throws Exception {
        byte[] garbage = "{\"productId\":\"top-10-customers\"}".getBytes(StandardCharsets.UTF_8);
        byte[] measurement =
                EventSerdes.qualityMeasured().serializer().serialize("t", MeshFixtures.completenessOfV21(1));
        List<String> coordinates = new ArrayList<>();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of("bootstrap.servers", broker.getBrokersAsString()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (byte[] bad : new byte[][] {garbage, measurement, null}) {
                RecordMetadata sent = producer.send(
                                new ProducerRecord<>("mesh.sales.products", "top-10-customers", bad))
                        .get();
                coordinates.add(sent.partition() + "@" + sent.offset());
            }
        }
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            domains.publish("sales", MeshFixtures.top10CustomersV21());
        }

        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/products/top-10-customers").status() == 200);
        List<ConsumerRecord<String, byte[]>> dead =
                TopicReader.readBytes(broker.getBrokersAsString(), Topics.CATALOG_DEAD_LETTER, Duration.ofSeconds(3));

        assertThat(dead).hasSize(3);
        assertThat(dead)
                .extracting(r -> header(r, DeadLetterHeaders.REASON))
                .containsExactlyInAnyOrder(
                        "wrong marker 0x7B 0x22: not Avro single-object encoding (expected 0xC3 0x01) nor the Confluent"
                                + " framing (0x00)",
                        "io.meshgov.events.QualityMeasured does not belong on mesh.sales.products",
                        "empty record: no bytes to decode");
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("mesh.sales.products");
            assertThat(header(r, DeadLetterHeaders.SERVICE)).isEqualTo("catalog-service");
        });
        assertThat(dead)
                .extracting(r -> header(r, DeadLetterHeaders.SOURCE_PARTITION) + "@"
                        + header(r, DeadLetterHeaders.SOURCE_OFFSET))
                .containsExactlyInAnyOrderElementsOf(coordinates);
        assertThat(dead)
                .filteredOn(r -> r.value() != null && r.value().length > 0 && r.value()[0] == '{')
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo(garbage));
    }

    @Test
    void redeliveredEventsOpenNoSecondAlertAndAnnounceNothingTwice() {
        try (Domains domains = new Domains(broker.getBrokersAsString())) {
            for (int delivery = 0; delivery < 2; delivery++) {
                domains.publish("sales", MeshFixtures.top10CustomersV21(), MeshFixtures.top10CustomersV30());
                domains.publish("marketing", MeshFixtures.salesDashboardOnV21());
                domains.publish("sales", MeshFixtures.top10V21DeprecatedFor30());
                domains.publish("finance", MeshFixtures.analystOnV21());
            }
        }

        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        api.ok("/api/alerts?state=OPEN").get("items").findValuesAsString("consumerId"))
                .containsExactlyInAnyOrder("sales-dashboard", "jane.analyst"));
        List<ConsumerRecord<String, DeprecatedVersionConsumerAlert>> announced = TopicReader.readAll(
                broker.getBrokersAsString(), Topics.ALERTS, EventSerdes.alerts().deserializer(), Duration.ofSeconds(3));

        assertThat(announced)
                .extracting(r -> r.value().getConsumerId())
                .containsExactlyInAnyOrder("sales-dashboard", "jane.analyst");
        assertThat(announced).allSatisfy(r -> assertThat(r.key()).isEqualTo("top-10-customers"));
        assertThat(api.ok("/api/violations").get("totalItems").asInt()).isZero();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
