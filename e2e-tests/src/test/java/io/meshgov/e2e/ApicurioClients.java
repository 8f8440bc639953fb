package io.meshgov.e2e;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.strategy.QualifiedRecordIdStrategy;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.wire.TrustedEventClasses;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Apicurio Registry's own Kafka serde, configured as a pipeline or an alert reader would to talk to a
 * Confluent-compatible reader: the third-party client the registry tests publish and read with.
 *
 * <p>{@code url} is Apicurio's native API ({@code .../apis/registry/v3}).
 */
final class ApicurioClients {

    private ApicurioClients() {}

    /** A pipeline's serializer as Apicurio documents it: auto-registering, one subject per record name. */
    static Serializer<SpecificRecord> serializer(String url) {
        TrustedEventClasses.install(); // Avro 1.12 reads generated classes of trusted packages only
        AvroKafkaSerializer<SpecificRecord> serializer = new AvroKafkaSerializer<>();
        serializer.configure(apicurio(url), false);
        return serializer;
    }

    /** The same, for generic records of any schema (a foreign one, an incompatible one). */
    static Serializer<Object> serializerOfAnything(String url) {
        AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>();
        serializer.configure(apicurio(url), false);
        return serializer;
    }

    /** An alerting system's deserializer of {@code mesh.alerts}, into meshgov's generated class. */
    static AvroKafkaDeserializer<DeprecatedVersionConsumerAlert> alertDeserializer(String url) {
        AvroKafkaDeserializer<DeprecatedVersionConsumerAlert> deserializer = new AvroKafkaDeserializer<>();
        Map<String, Object> config = new HashMap<>(apicurio(url));
        config.put("apicurio.registry.use-specific-avro-reader", true);
        deserializer.configure(config, false);
        return deserializer;
    }

    private static Map<String, Object> apicurio(String url) {
        return Map.of(
                "apicurio.registry.url",
                url,
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
}
