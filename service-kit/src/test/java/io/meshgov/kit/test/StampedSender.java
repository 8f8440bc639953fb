package io.meshgov.kit.test;

import io.meshgov.mesh.DomainName;
import io.meshgov.wire.EventSerializer;
import io.meshgov.wire.MeshEventType;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A domain's pipeline that chooses its records' timestamps (the services' stream time), sending each event to its
 * domain's topic keyed by product and waiting for the broker's acknowledgement before the next: the services read
 * events in the order this sends them.
 */
public final class StampedSender implements AutoCloseable {

    private final KafkaProducer<String, SpecificRecord> producer;
    private long last = Long.MIN_VALUE;

    public StampedSender(String bootstrapServers) {
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        0),
                new StringSerializer(),
                new EventSerializer<>());
    }

    /** Sends with the given record timestamp. */
    public void send(String domain, SpecificRecord event, long timestamp) {
        String topic = MeshEventType.of(event).inputTopic().orElseThrow().topicOf(DomainName.of(domain));
        try {
            producer.send(new ProducerRecord<>(topic, null, timestamp, MeshEventType.productIdOf(event), event))
                    .get(30, TimeUnit.SECONDS);
            last = timestamp;
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Sends each stamped now, and always later than the one before (no two events tie). */
    public void send(String domain, SpecificRecord... events) {
        for (SpecificRecord event : events) send(domain, event, Math.max(last + 1, System.currentTimeMillis()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
