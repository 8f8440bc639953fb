package io.meshgov.console.act;

import io.meshgov.mesh.DomainName;
import io.meshgov.pipeline.MeshPublisher;
import io.meshgov.wire.EventSerializer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends a checked command as its event on the acting domain's topic, through the same {@link MeshPublisher} a
 * pipeline uses, and waits for the broker's acknowledgement: the page then follows the catalog's decision. The
 * producer is made at the first action, so a console that only reads never connects to Kafka.
 */
public final class CommandSender implements AutoCloseable {

    /** The broker did not take the event: nothing was sent, and the person is told so. */
    public static final class NotSent extends Exception {
        NotSent(String why, Throwable cause) {
            super(why, cause);
        }
    }

    private final Map<String, Object> settings;
    private final Duration timeout;
    private Producer<String, SpecificRecord> producer;

    public CommandSender(Map<String, Object> kafka, Duration timeout) {
        this.settings = new HashMap<>(kafka);
        this.timeout = timeout;
        settings.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        settings.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
        settings.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        settings.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        settings.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
    }

    /** Returns the topic the event was written to once the broker acknowledged it. */
    public String send(String domain, SpecificRecord event) throws NotSent {
        MeshPublisher publisher = new MeshPublisher(DomainName.of(domain), producer());
        try {
            publisher.publish(event).get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return publisher.topicFor(event);
        } catch (ExecutionException e) {
            throw new NotSent("Kafka did not take it: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new NotSent("Kafka did not acknowledge it within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSent("interrupted", e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new NotSent("Kafka did not take it: " + e.getMessage(), e);
        }
    }

    private synchronized Producer<String, SpecificRecord> producer() {
        if (producer == null) producer = new KafkaProducer<>(settings, new StringSerializer(), new EventSerializer<>());
        return producer;
    }

    @Override
    public synchronized void close() {
        if (producer != null) producer.close(Duration.ofSeconds(5));
    }
}
