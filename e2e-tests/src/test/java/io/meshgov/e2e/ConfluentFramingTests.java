package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.meshgov.cli.DemoScenario;
import io.meshgov.cli.Health;
import io.meshgov.cli.TopicSetup;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.EventAccepted;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventSerdes;
import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.ReleasedSchemas;
import io.meshgov.wire.ReleasedSubjects;
import io.meshgov.wire.SchemaRegistryClient;
import io.meshgov.wire.SingleObjectCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pipelines that serialize with a Confluent-framing serializer (Apicurio's own, against a real Apicurio Registry
 * process) feed the mesh as single-object ones do, and alert readers with Apicurio's deserializer read its alerts:
 * the catalog and quality run with the registry and write their outputs Confluent-framed. Then the registry stops for
 * 30 s while a pipeline keeps publishing records whose schema id the catalog has not seen yet: it waits for the
 * registry instead of dead-lettering them, and once the registry is back every one is applied, once, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one mesh for three scenarios: the outage last
class ConfluentFramingTests {

    static final int BEFORE = 200;
    static final int DURING = 1_000;
    static final int AFTER = 300;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path home;

    static RegistryProcess registry;
    static KafkaProcess kafka;
    static MeshProcesses mesh;

    @BeforeAll
    static void startTheMeshWithARegistry() throws Exception {
        registry = RegistryProcess.start(home.resolve("registry"));
        kafka = KafkaProcess.formatAndStart(home.resolve("kafka"));
        TopicSetup.create(kafka.bootstrap(), 4, List.of("sales", "finance", "marketing", "customer"));
        mesh = new MeshProcesses(kafka.bootstrap(), home);
        String[] withRegistry = {
            "--meshgov.schema-registry.url=" + registry.ccompatUrl(), "--meshgov.output-framing=confluent"
        };
        mesh.launch("catalog", "catalog", withRegistry);
        mesh.launch("lineage", "lineage");
        mesh.launch("quality", "quality", withRegistry);
        Health.await(180, mesh.healthUrls());
    }

    @AfterAll
    static void stopTheMesh() throws Exception {
        if (mesh != null) mesh.close();
        if (kafka != null) kafka.close();
        if (registry != null) registry.close();
    }

    @Test
    @Order(1)
    void theSeedsStoryWrittenWithApicuriosSerializerIsAnsweredAsTheSingleObjectOneAndItsAlertsReadWithItsDeserializer()
            throws Exception {
        new DemoScenario(kafka.bootstrap(), () -> ApicurioClients.serializer(registry.nativeUrl())).publish();

        DemoOutcomes.verify(
                mesh.catalog(),
                mesh.lineage(),
                mesh.quality(),
                kafka.bootstrap(),
                Duration.ofSeconds(180),
                ApicurioClients.alertDeserializer(registry.nativeUrl()));

        assertThat(TopicReader.readAll(
                                kafka.bootstrap(),
                                "mesh.sales.products",
                                new ByteArrayDeserializer(),
                                Duration.ofSeconds(2))
                        .stream()
                        .map(r -> r.value()[0]))
                .as("the pipelines wrote the Confluent framing")
                .isNotEmpty()
                .containsOnly((byte) 0);
        ReleasedSchemas released = ReleasedSchemas.load();
        for (MeshEventType type : MeshEventType.values()) {
            assertThat(versionsOf(ReleasedSubjects.subjectOf(type)))
                    .as("the pipelines' serializers auto-registered nothing meshgov did not release: %s", type)
                    .isEqualTo(IntStream.rangeClosed(1, released.of(type).size())
                            .boxed()
                            .toList());
            assertThat(new SchemaRegistryClient(registry.ccompatUrl()).compatibility(ReleasedSubjects.subjectOf(type)))
                    .contains(ReleasedSubjects.COMPATIBILITY);
        }
        for (JsonNode schema : mesh.catalog().ok("/api/schemas")) {
            String subject = schema.get("subject").asString();
            assertThat(subject).isEqualTo(schema.get("type").asString());
            assertThat(schema.get("registryId").asInt())
                    .as("the id GET /api/schemas gives is the registry's: %s v%s", subject, schema.get("version"))
                    .isEqualTo(idOf(subject, schema.get("version").asInt()));
        }
        assertThat(deadLetters(Topics.CATALOG_DEAD_LETTER))
                .as("no record of the story was dead-lettered for its framing")
                .noneMatch(reason -> reason.contains("schema id") || reason.contains("marker"));
        assertThat(deadLetters(Topics.QUALITY_DEAD_LETTER)).isEmpty();
    }

    @Test
    @Order(2)
    void theRegistryRefusesASchemaWithoutARequiredFieldAndARecordOfAForeignSchemaIsDeadLetteredWithTheReason()
            throws Exception {
        Schema withoutPurpose = withoutField(ConsumerRegistered.getClassSchema(), "purpose");
        GenericRecord registration = new GenericData.Record(withoutPurpose);
        withoutPurpose.getFields().forEach(f -> registration.put(f.name(), sample(f)));
        try (Serializer<Object> pipeline = ApicurioClients.serializerOfAnything(registry.nativeUrl())) {
            assertThatThrownBy(() -> pipeline.serialize("mesh.marketing.consumers", registration))
                    .as("FULL_TRANSITIVE: an old reader could not read a record without its purpose")
                    .hasStackTraceContaining("RuleViolation");
        }
        assertThat(versionsOf(ReleasedSubjects.subjectOf(MeshEventType.CONSUMER_REGISTERED)))
                .containsExactly(1);

        Schema invoice = new Schema.Parser()
                .parse("{\"type\":\"record\",\"name\":\"Invoice\",\"namespace\":\"com.acme.billing\",\"fields\":["
                        + "{\"name\":\"eventId\",\"type\":\"string\"},{\"name\":\"occurredAt\",\"type\":\"long\"},"
                        + "{\"name\":\"productId\",\"type\":\"string\"}]}");
        GenericRecord foreign = new GenericData.Record(invoice);
        foreign.put("eventId", "inv-1");
        foreign.put("occurredAt", 1L);
        foreign.put("productId", "top-10-customers");
        byte[] framed;
        try (Serializer<Object> pipeline = ApicurioClients.serializerOfAnything(registry.nativeUrl())) {
            framed = pipeline.serialize("mesh.sales.products", foreign);
        }
        assertThat(framed[0])
                .as("Apicurio's serializer wrote the Confluent framing")
                .isZero();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("mesh.sales.products", "top-10-customers", framed))
                    .get();
            byte[] unknownId = framed.clone();
            unknownId[1] = 0x7F; // schema id 2,130,706,4xx: no registry has that many
            producer.send(new ProducerRecord<>("mesh.sales.products", "top-10-customers", unknownId))
                    .get();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        deadLetters(Topics.CATALOG_DEAD_LETTER).stream()
                                .filter(reason ->
                                        reason.startsWith("schema id") || reason.startsWith("unknown schema")))
                .satisfiesExactlyInAnyOrder(
                        foreignReason -> assertThat(foreignReason)
                                .matches("schema id \\d+ \\(com\\.acme\\.billing\\.Invoice, fingerprint"
                                        + " [0-9a-f]{16}\\) is not a released version of any mesh event \\(GET"
                                        + " /api/schemas lists them\\) \\[mesh\\.sales\\.products\\]"),
                        unknownReason -> assertThat(unknownReason)
                                .matches("unknown schema id \\d+: the schema registry http://127\\.0\\.0\\.1:\\d+"
                                        + "/apis/ccompat/v7/ has no such schema \\[mesh\\.sales\\.products\\]")));
    }

    @Test
    @Order(3)
    void aRegistryStoppedFor30SecondsUnderLoadLosesNothingAndEveryInputIsAppliedOnce() throws Exception {
        int before = consumers();
        int deadBefore = deadLetters(Topics.CATALOG_DEAD_LETTER).size();
        SchemaRegistryClient client = new SchemaRegistryClient(registry.ccompatUrl());
        EventCodec known = EventCodec.withRegistry(client, EventCodec.Framing.CONFLUENT);
        // another pipeline registered the same schema, pretty-printed, under its topic's subject: a new id, one the
        // catalog meets for the first time while the registry is down
        int unseen = client.register(
                "mesh.marketing.consumers-value",
                ConsumerRegistered.getClassSchema().toString(true));
        assertThat(unseen)
                .isNotEqualTo(known.registryId(SingleObjectCodec.fingerprint(ConsumerRegistered.getClassSchema()))
                        .get());

        try (KafkaProducer<String, byte[]> pipeline = new KafkaProducer<>(
                Map.of("bootstrap.servers", kafka.bootstrap(), "linger.ms", 5),
                new StringSerializer(),
                new ByteArraySerializer())) {
            publish(pipeline, 0, BEFORE, i -> known.encode(registration(i)));
            awaitConsumers(before + BEFORE);

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
                    .isEqualTo(before + BEFORE);
            registry.startAgain();
            publish(pipeline, BEFORE + DURING, AFTER, i -> framed(unseen, registration(i)));
        }

        int all = BEFORE + DURING + AFTER;
        awaitConsumers(before + all);
        List<String> applied = TopicReader.readAll(
                        kafka.bootstrap(),
                        Topics.GOVERNANCE_ACCEPTED,
                        EventSerdes.anyEvent().deserializer(), // beside EventAccepted: the runs the demo sent
                        Duration.ofSeconds(3))
                .stream()
                .map(r -> r.value())
                .filter(EventAccepted.class::isInstance)
                .map(e -> ((EventAccepted) e).getEvent())
                .filter(ConsumerRegistered.class::isInstance)
                .map(e -> ((ConsumerRegistered) e).getConsumerId())
                .filter(id -> id.startsWith("reader-"))
                .toList();
        assertThat(applied)
                .as("every registration accepted once, in the order sent")
                .isEqualTo(java.util.stream.IntStream.range(0, all)
                        .mapToObj(ConfluentFramingTests::consumerId)
                        .toList());
        assertThat(deadLetters(Topics.CATALOG_DEAD_LETTER))
                .as("nothing dead-lettered for the outage")
                .hasSize(deadBefore);
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
        return PipelineEvents.consumer(consumerId(i), "top-10-customers", "3.0")
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
                .ok("/api/products/top-10-customers/versions/3.0")
                .get("consumers")
                .size();
    }

    private static List<Integer> versionsOf(String subject) throws Exception {
        return JSON.readTree(get("/subjects/" + subject + "/versions"))
                .valueStream()
                .map(JsonNode::asInt)
                .toList();
    }

    private static int idOf(String subject, int version) throws Exception {
        return JSON.readTree(get("/subjects/" + subject + "/versions/" + version))
                .get("id")
                .asInt();
    }

    /** The registry's Confluent-compatible API, as any client sees it. */
    private static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(registry.ccompatUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> deadLetters(String topic) {
        return TopicReader.readAll(kafka.bootstrap(), topic, new ByteArrayDeserializer(), Duration.ofSeconds(2))
                .stream()
                .map(r -> header(r, DeadLetterHeaders.REASON) + " [" + header(r, DeadLetterHeaders.SOURCE_TOPIC) + "]")
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Schema withoutField(Schema schema, String name) {
        List<Schema.Field> kept = schema.getFields().stream()
                .filter(f -> !f.name().equals(name))
                .map(f -> new Schema.Field(f, f.schema()))
                .toList();
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, kept);
    }

    private static Object sample(Schema.Field field) {
        return switch (field.schema().getType()) {
            case LONG -> 1L;
            case ENUM ->
                new GenericData.EnumSymbol(
                        field.schema(), field.schema().getEnumSymbols().get(0));
            default -> "x";
        };
    }
}
