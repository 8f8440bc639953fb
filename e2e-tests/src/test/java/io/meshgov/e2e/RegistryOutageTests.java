package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.meshgov.cli.Health;
import io.meshgov.cli.TopicSetup;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.fixtures.MeshFixtures;
import io.meshgov.kit.test.StampedSender;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventSerdes;
import io.meshgov.wire.SchemaRegistryClient;
import io.meshgov.wire.SingleObjectCodec;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry stops for 30 s while a pipeline keeps publishing, and records arrive whose schema id the catalog has
 * not seen yet: it waits for the registry instead of dead-lettering them, and once the registry is back every
 * registration is applied, once, in order.
 */
class RegistryOutageTests {

    static final int BEFORE = 200;
    static final int DURING = 1_000;
    static final int AFTER = 300;

    @TempDir
    static Path home;

    static RegistryProcess registry;
    static KafkaProcess kafka;
    static MeshProcesses mesh;

    @BeforeAll
    static void startTheCatalogWithARegistry() throws Exception {
        registry = RegistryProcess.start(home.resolve("registry"));
        kafka = KafkaProcess.formatAndStart(home.resolve("kafka"));
        TopicSetup.create(kafka.bootstrap(), 4, List.of("sales", "marketing"));
        mesh = new MeshProcesses(kafka.bootstrap(), home);
        mesh.launch("catalog", "catalog", "--meshgov.schema-registry.url=" + registry.ccompatUrl());
        Health.await(180, mesh.healthUrls());
    }

    @AfterAll
    static void stopTheMesh() throws Exception {
        if (mesh != null) mesh.close();
        if (kafka != null) kafka.close();
        if (registry != null) registry.close();
    }

    @Test
    void aRegistryStoppedFor30SecondsUnderLoadLosesNothingAndEveryInputIsAppliedOnce() throws Exception {
        try (StampedSender sales = new StampedSender(kafka.bootstrap())) {
            sales.send("sales", MeshFixtures.top10CustomersV21());
        }
        SchemaRegistryClient client = new SchemaRegistryClient(registry.ccompatUrl());
        EventCodec known = EventCodec.withRegistry(client, EventCodec.Framing.CONFLUENT);
        // another pipeline registered the same schema, pretty-printed, under its topic's subject: a new id, one the
        // catalog meets for the first time while the registry is down
        int unseen = client.register(
                "mesh.marketing.consumers-value",
                ConsumerRegistered.getClassSchema().toString(true));
        assertThat(unseen)
                .isNotEqualTo(known.registryId(io.meshgov.wire.MeshEventType.CONSUMER_REGISTERED)
                        .get());

        try (KafkaProducer<String, byte[]> pipeline = new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrap(), "linger.ms", 5),
                new StringSerializer(),
                new ByteArraySerializer())) {
            publish(pipeline, 0, BEFORE, i -> known.encode(registration(i)));
            awaitConsumers(BEFORE);

            registry.stop();
            long stoppedAt = System.nanoTime();
            publish(
                    pipeline,
                    BEFORE,
                    DURING,
                    i -> i % 2 == 0 ? framed(unseen, registration(i)) : known.encode(registration(i)));
            Thread.sleep(Math.max(0, 30_000 - (System.nanoTime() - stoppedAt) / 1_000_000));
            assertThat(consumers())
                    .as("nothing after the first record of the unseen id was applied while the registry was down")
                    .isEqualTo(BEFORE);
            registry.startAgain();
            publish(pipeline, BEFORE + DURING, AFTER, i -> framed(unseen, registration(i)));
        }

        int all = BEFORE + DURING + AFTER;
        awaitConsumers(all);
        List<String> applied = TopicReader.readAll(
                        kafka.bootstrap(),
                        Topics.GOVERNANCE_ACCEPTED,
                        EventSerdes.accepted().deserializer(),
                        Duration.ofSeconds(3))
                .stream()
                .map(r -> r.value().getEvent())
                .filter(ConsumerRegistered.class::isInstance)
                .map(e -> ((ConsumerRegistered) e).getConsumerId())
                .toList();
        assertThat(applied)
                .as("every registration accepted once, in the order sent")
                .isEqualTo(java.util.stream.IntStream.range(0, all)
                        .mapToObj(RegistryOutageTests::consumerId)
                        .toList());
        assertThat(TopicReader.readAll(
                        kafka.bootstrap(),
                        Topics.CATALOG_DEAD_LETTER,
                        new ByteArrayDeserializer(),
                        Duration.ofSeconds(2)))
                .as("nothing dead-lettered for the outage")
                .isEmpty();
    }

    private interface Encoding {
        byte[] of(int i);
    }

    private static void publish(KafkaProducer<String, byte[]> pipeline, int from, int count, Encoding encoding)
            throws Exception {
        Future<RecordMetadata> last = null;
        for (int i = from; i < from + count; i++) {
            last = pipeline.send(new ProducerRecord<>("mesh.marketing.consumers", "top-10-customers", encoding.of(i)));
            if (i % 50 == 49) Thread.sleep(100); // about 500 records a second, like a busy pipeline
        }
        if (last != null) last.get();
    }

    private static ConsumerRegistered registration(int i) {
        return PipelineEvents.consumer(consumerId(i), "top-10-customers", "2.1")
                .kind(ConsumerKind.SYSTEM)
                .purpose("load")
                .contact("load@acmeco.example")
                .registered();
    }

    private static String consumerId(int i) {
        return String.format("reader-%05d", i);
    }

    /** The Confluent framing with the given schema id: what any Confluent-framing serializer writes. */
    private static byte[] framed(int schemaId, ConsumerRegistered event) {
        byte[] single = SingleObjectCodec.standard().encode(event);
        return ByteBuffer.allocate(5 + single.length - 10)
                .put((byte) 0)
                .putInt(schemaId)
                .put(single, 10, single.length - 10)
                .array();
    }

    private static void awaitConsumers(int expected) {
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(consumers()).isEqualTo(expected));
    }

    private static int consumers() {
        return mesh.catalog()
                .ok("/api/products/top-10-customers/versions/2.1")
                .get("consumers")
                .size();
    }
}
