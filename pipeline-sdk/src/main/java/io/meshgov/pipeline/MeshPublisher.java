package io.meshgov.pipeline;

import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.InputTopic;
import io.meshgov.wire.EventSerializer;
import io.meshgov.wire.MeshEventType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends a domain's events to the domain's own topic for their kind, keyed by product id so that all events of a
 * product stay in order on one partition.
 */
public final class MeshPublisher implements AutoCloseable {

    private final DomainName domain;
    private final Producer<String, SpecificRecord> producer;

    public MeshPublisher(DomainName domain, Producer<String, SpecificRecord> producer) {
        this.domain = domain;
        this.producer = producer;
    }

    /**
     * A publisher with its own idempotent producer ({@code acks=all}); {@code config} carries at least
     * {@code bootstrap.servers} and any security settings.
     */
    public static MeshPublisher create(DomainName domain, Map<String, Object> config) {
        return create(domain, config, new EventSerializer<>());
    }

    /**
     * A publisher whose events are written by {@code values}: meshgov's single-object serializer, {@code new
     * EventSerializer<>(EventCodec.withRegistry(registry, Framing.CONFLUENT))} for the Confluent framing with a schema
     * registry, or a third party's Confluent-framing serializer (Confluent's or Apicurio's).
     */
    public static MeshPublisher create(
            DomainName domain, Map<String, Object> config, Serializer<SpecificRecord> values) {
        Map<String, Object> settings = new HashMap<>(config);
        settings.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        settings.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new MeshPublisher(domain, new KafkaProducer<>(settings, new StringSerializer(), values));
    }

    public String topicFor(SpecificRecord event) {
        InputTopic kind = MeshEventType.of(event)
                .inputTopic()
                .orElseThrow(() -> new IllegalArgumentException(
                        event.getSchema().getName() + " is written by the services, not by pipelines"));
        return kind.topicOf(domain);
    }

    /** Completes when the broker has acknowledged the event, or exceptionally with the reason it was not. */
    public CompletableFuture<RecordMetadata> publish(SpecificRecord event) {
        CompletableFuture<RecordMetadata> sent = new CompletableFuture<>();
        ProducerRecord<String, SpecificRecord> record =
                new ProducerRecord<>(topicFor(event), MeshEventType.productIdOf(event), event);
        producer.send(record, (metadata, error) -> {
            if (error == null) sent.complete(metadata);
            else sent.completeExceptionally(error);
        });
        return sent;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
