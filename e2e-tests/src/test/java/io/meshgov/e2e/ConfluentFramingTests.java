package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.strategy.QualifiedRecordIdStrategy;
import io.meshgov.cli.DemoScenario;
import io.meshgov.cli.Health;
import io.meshgov.cli.TopicSetup;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.ReleasedSchemas;
import io.meshgov.wire.ReleasedSubjects;
import io.meshgov.wire.SchemaRegistryClient;
import io.meshgov.wire.TrustedEventClasses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pipelines that serialize with a Confluent-framing serializer (Apicurio's own, against a real Apicurio Registry
 * process) feed the mesh as single-object ones do, and alert readers with Apicurio's deserializer read its alerts:
 * the catalog and quality run with the registry and write their outputs Confluent-framed.
 */
class ConfluentFramingTests {

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
    void theSeedsStoryWrittenWithApicuriosSerializerIsAnsweredAsTheSingleObjectOneAndItsAlertsReadWithItsDeserializer()
            throws Exception {
        new DemoScenario(kafka.bootstrap(), ConfluentFramingTests::apicurioSerializer).publish();

        DemoOutcomes.verify(
                mesh.catalog(),
                mesh.lineage(),
                mesh.quality(),
                kafka.bootstrap(),
                Duration.ofSeconds(180),
                apicurioDeserializer());

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
        assertThat(deadLetters(Topics.CATALOG_DEAD_LETTER))
                .as("no record of the story was dead-lettered for its framing")
                .noneMatch(reason -> reason.contains("schema id") || reason.contains("marker"));
        assertThat(deadLetters(Topics.QUALITY_DEAD_LETTER)).isEmpty();
    }

    @Test
    void theRegistryRefusesASchemaWithoutARequiredFieldAndARecordOfAForeignSchemaIsDeadLetteredWithTheReason()
            throws Exception {
        Schema withoutPurpose = withoutField(ConsumerRegistered.getClassSchema(), "purpose");
        GenericRecord registration = new GenericData.Record(withoutPurpose);
        withoutPurpose.getFields().forEach(f -> registration.put(f.name(), sample(f)));
        try (Serializer<Object> pipeline = apicurioSerializerOfAnything()) {
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
        try (Serializer<Object> pipeline = apicurioSerializerOfAnything()) {
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

    /** A pipeline's serializer as Apicurio documents it: auto-registering, one subject per record name. */
    static Serializer<SpecificRecord> apicurioSerializer() {
        TrustedEventClasses.install(); // Avro 1.12 reads generated classes of trusted packages only
        AvroKafkaSerializer<SpecificRecord> serializer = new AvroKafkaSerializer<>();
        serializer.configure(apicurio(), false);
        return serializer;
    }

    private static Serializer<Object> apicurioSerializerOfAnything() {
        AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>();
        serializer.configure(apicurio(), false);
        return serializer;
    }

    private static AvroKafkaDeserializer<DeprecatedVersionConsumerAlert> apicurioDeserializer() {
        AvroKafkaDeserializer<DeprecatedVersionConsumerAlert> deserializer = new AvroKafkaDeserializer<>();
        Map<String, Object> config = new java.util.HashMap<>(apicurio());
        config.put("apicurio.registry.use-specific-avro-reader", true);
        deserializer.configure(config, false);
        return deserializer;
    }

    private static Map<String, Object> apicurio() {
        return Map.of(
                "apicurio.registry.url",
                registry.nativeUrl(),
                "apicurio.registry.auto-register",
                true,
                "apicurio.registry.artifact-resolver-strategy",
                QualifiedRecordIdStrategy.class.getName(),
                // the ids a Confluent-compatible API (/apis/ccompat/v7/schemas/ids/{id}) answers
                "apicurio.registry.use-id",
                "contentId",
                // a schema is registered whole, as Confluent's serializer does: by default Apicurio registers each
                // nested named type as an artifact of its own, referenced, which is not the schema meshgov released
                "apicurio.registry.dereference-schema",
                true);
    }

    private static List<Integer> versionsOf(String subject) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(registry.ccompatUrl() + "/subjects/" + subject + "/versions"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode versions = JsonMapper.builder().build().readTree(response.body());
        return versions.valueStream().map(JsonNode::asInt).toList();
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
