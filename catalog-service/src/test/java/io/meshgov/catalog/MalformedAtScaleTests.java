package io.meshgov.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.admin.TopicLeaders;
import io.meshgov.catalog.support.CatalogIntegrationTest;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.Api;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.SingleObjectCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Reliability scenario 4: 1 % malformed records among 10,000. Each bad one lands in the dead-letter topic exactly
 * once with its reason and source coordinates, every good one is applied, and the service's consumer group catches
 * up to the end of the topic (no retry loop).
 */
@CatalogIntegrationTest
class MalformedAtScaleTests {

    private static final String TOPIC = "mesh.sales.products";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void deadLettersEachBadRecordOnceAppliesEveryGoodOneAndCatchesUp() throws Exception {
        Random random = new Random(42);
        SingleObjectCodec codec = SingleObjectCodec.standard();
        Set<String> badCoordinates = new HashSet<>();
        int good = 0;
        // created and led before the first send: an idempotent producer writing to a topic it auto-creates can get
        // NOT_LEADER, then OUT_OF_ORDER_SEQUENCE until its delivery timeout (it failed a build that way)
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 4, (short) 1))).all().get();
            TopicLeaders.await(admin, List.of(TOPIC), Duration.ofSeconds(30));
        }
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of("bootstrap.servers", broker.getBrokersAsString(), "linger.ms", 5),
                new StringSerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> bad = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                String productId = "product-" + i;
                if (i % 100 == 37) {
                    bad.add(producer.send(
                            new ProducerRecord<>(TOPIC, productId, malformed(i / 100 % 6, codec, random))));
                } else {
                    var event = io.meshgov.events.DataProductVersionPublished.newBuilder(
                                    MeshFixtures.top10CustomersV21())
                            .setProductId(productId)
                            .setEventId(java.util
                                    .UUID
                                    .nameUUIDFromBytes(productId.getBytes())
                                    .toString())
                            .build();
                    producer.send(new ProducerRecord<>(TOPIC, productId, codec.encode(event)));
                    good++;
                }
            }
            producer.flush();
            for (Future<RecordMetadata> sent : bad) {
                RecordMetadata m = sent.get();
                badCoordinates.add(m.partition() + "@" + m.offset());
            }
        }
        Api api = new Api(port);
        int expected = good;

        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(
                                api.ok("/api/products?size=1").get("totalItems").asInt())
                        .isEqualTo(expected));
        var dead =
                TopicReader.readBytes(broker.getBrokersAsString(), Topics.CATALOG_DEAD_LETTER, Duration.ofSeconds(3));

        assertThat(dead).hasSize(100);
        assertThat(dead.stream()
                        .map(r -> header(r, DeadLetterHeaders.SOURCE_PARTITION) + "@"
                                + header(r, DeadLetterHeaders.SOURCE_OFFSET))
                        .collect(Collectors.toSet()))
                .isEqualTo(badCoordinates);
        assertThat(dead)
                .allSatisfy(r -> assertThat(header(r, DeadLetterHeaders.REASON)).isNotBlank());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(lag()).isZero());
    }

    /** Random bytes, a truncated event, a wrong marker, an unknown fingerprint, an empty value or a null value. */
    private static byte[] malformed(int kind, SingleObjectCodec codec, Random random) {
        byte[] valid = codec.encode(MeshFixtures.top10CustomersV21());
        return switch (kind) {
            case 0 -> {
                byte[] garbage = new byte[1 + random.nextInt(200)];
                random.nextBytes(garbage);
                garbage[0] = 0x11; // never the marker
                yield garbage;
            }
            case 1 -> Arrays.copyOf(valid, valid.length / 2);
            case 2 -> {
                byte[] wrong = valid.clone();
                wrong[1] = 0x02;
                yield wrong;
            }
            case 3 -> {
                byte[] unknown = valid.clone();
                unknown[9] ^= 0x7f;
                yield unknown;
            }
            case 4 -> new byte[0];
            default -> null;
        };
    }

    private long lag() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets("meshgov-catalog")
                            .partitionsToOffsetAndMetadata()
                            .get();
            Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
            for (int p = 0; p < 4; p++) request.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
            long lag = 0;
            for (var end : admin.listOffsets(request).all().get().entrySet()) {
                var done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        }
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
