package io.meshgov.catalog.intake;

import io.meshgov.kit.web.NotFound;
import io.meshgov.kit.web.Unavailable;
import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.InputTopic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes an OpenLineage event, as received, to its domain's {@code mesh.<domain>.openlineage} topic and waits for
 * the broker's acknowledgement: the HTTP intake processes nothing itself, the topic is the only way in. A domain
 * without that topic (not onboarded) is a 404; a broker that does not answer in time, a 503. The clients are made at
 * the first event, so a catalog nobody posts to never opens them.
 */
public final class RunEventSender implements AutoCloseable {

    /** Where an event was written. */
    public record Written(String topic, int partition, long offset) {}

    private final Map<String, Object> producerSettings;
    private final Map<String, Object> adminSettings;
    private final Duration timeout;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private Producer<String, byte[]> producer;
    private Admin admin;

    public RunEventSender(Map<String, Object> producer, Map<String, Object> admin, Duration timeout) {
        this.producerSettings = new HashMap<>(producer);
        this.adminSettings = new HashMap<>(admin);
        this.timeout = timeout;
        int millis = (int) timeout.toMillis();
        producerSettings.put(ProducerConfig.ACKS_CONFIG, "all");
        producerSettings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerSettings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis);
        producerSettings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        producerSettings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis);
        producerSettings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerSettings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 << 20);
        producerSettings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    }

    /** Where the event was written, once acknowledged. */
    public Written send(DomainName domain, String key, byte[] event) {
        String topic = InputTopic.OPENLINEAGE.topicOf(domain);
        requireTopic(domain, topic);
        try {
            RecordMetadata written = producer()
                    .send(new ProducerRecord<>(topic, key, event))
                    .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return new Written(written.topic(), written.partition(), written.offset());
        } catch (ExecutionException e) {
            throw new Unavailable(
                    "Kafka did not take the event: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new Unavailable("Kafka did not acknowledge the event within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while writing the event", e);
        } catch (KafkaException e) {
            throw new Unavailable("Kafka did not take the event: " + e.getMessage(), e);
        }
    }

    private void requireTopic(DomainName domain, String topic) {
        if (known.contains(topic)) return;
        try {
            admin().describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            known.add(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new NotFound("domain " + domain + " is not onboarded: there is no topic " + topic);
            }
            throw new Unavailable(
                    "Kafka did not describe " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new Unavailable("Kafka did not describe " + topic + " within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while looking up " + topic, e);
        }
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerSettings, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private synchronized Admin admin() {
        if (admin == null) admin = Admin.create(adminSettings);
        return admin;
    }

    @Override
    public synchronized void close() {
        if (producer != null) producer.close(Duration.ofSeconds(5));
        if (admin != null) admin.close(Duration.ofSeconds(5));
    }
}
