package io.meshgov.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.pipeline.MeshPublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** Every event type through a real (embedded KRaft) broker: what a pipeline publishes is what a service reads. */
@EmbeddedKafka(partitions = 3)
class BrokerRoundTripTests {

    private static final DomainName SALES = DomainName.of("sales");

    @Test
    void everyEventTypeSurvivesTheTripThroughTheBrokerOnItsTopicAndKey(EmbeddedKafkaBroker broker) throws Exception {
        List<SpecificRecord> events = EventSamples.oneOfEachType();
        List<SpecificRecord> pipelineEvents = events.stream()
                .filter(e -> MeshEventType.of(e).inputTopic().isPresent())
                .toList();
        List<SpecificRecord> serviceEvents = events.stream()
                .filter(e -> MeshEventType.of(e).inputTopic().isEmpty())
                .toList();

        try (MeshPublisher publisher =
                MeshPublisher.create(SALES, Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            for (SpecificRecord event : pipelineEvents) {
                RecordMetadata sent = publisher.publish(event).get(30, TimeUnit.SECONDS);
                assertThat(sent.topic())
                        .isEqualTo(MeshEventType.of(event)
                                .inputTopic()
                                .orElseThrow()
                                .topicOf(SALES));
            }
        }
        try (var producer = new KafkaProducer<String, SpecificRecord>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(),
                new EventSerializer<>())) {
            for (SpecificRecord event : serviceEvents) {
                producer.send(new ProducerRecord<>(outputTopic(event), MeshEventType.productIdOf(event), event))
                        .get();
            }
        }

        List<SpecificRecord> received = new ArrayList<>();
        received.addAll(readAll(
                broker,
                InputTopic.PRODUCTS.topicOf(SALES),
                EventSerdes.productEvents().deserializer(),
                on(pipelineEvents, InputTopic.PRODUCTS)));
        received.addAll(readAll(
                broker,
                InputTopic.CONSUMERS.topicOf(SALES),
                EventSerdes.consumerEvents().deserializer(),
                on(pipelineEvents, InputTopic.CONSUMERS)));
        received.addAll(readAll(
                broker,
                InputTopic.QUALITY.topicOf(SALES),
                EventSerdes.qualityMeasured().deserializer(),
                1));
        received.addAll(readAll(broker, Topics.ALERTS, EventSerdes.alerts().deserializer(), 1));
        received.addAll(readAll(
                broker, Topics.QUALITY_ALERTS, EventSerdes.qualityAlerts().deserializer(), 1));
        received.addAll(
                readAll(broker, Topics.ACCESS_GRANTS, EventSerdes.accessGrants().deserializer(), 1));
        received.addAll(readAll(
                broker, Topics.GOVERNANCE_VIOLATIONS, EventSerdes.violations().deserializer(), 1));
        received.addAll(readAll(
                broker, Topics.QUALITY_STATUS, EventSerdes.qualityStatus().deserializer(), 1));
        received.addAll(readAll(
                broker, Topics.GOVERNANCE_ACCEPTED, EventSerdes.anyEvent().deserializer(), (int) serviceEvents.stream()
                        .filter(e -> outputTopic(e).equals(Topics.GOVERNANCE_ACCEPTED))
                        .count()));

        assertThat(received).containsExactlyInAnyOrderElementsOf(events);
    }

    /** Where a service writes an event of this type: one type per output topic, the rest on the accepted topic. */
    private static String outputTopic(SpecificRecord event) {
        return switch (MeshEventType.of(event)) {
            case DEPRECATED_VERSION_CONSUMER_ALERT -> Topics.ALERTS;
            case QUALITY_BREACH_CONSUMER_ALERT -> Topics.QUALITY_ALERTS;
            case GOVERNANCE_VIOLATION -> Topics.GOVERNANCE_VIOLATIONS;
            case ACCESS_GRANT_CHANGED -> Topics.ACCESS_GRANTS;
            case QUALITY_STATUS_CHANGED -> Topics.QUALITY_STATUS;
            default -> Topics.GOVERNANCE_ACCEPTED;
        };
    }

    private static int on(List<SpecificRecord> events, InputTopic kind) {
        return (int) events.stream()
                .filter(e -> MeshEventType.of(e).inputTopic().orElseThrow() == kind)
                .count();
    }

    private static <T extends SpecificRecord> List<T> readAll(
            EmbeddedKafkaBroker broker, String topic, Deserializer<T> values, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "round-trip-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<T> events = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (events.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, T> record : consumer.poll(Duration.ofMillis(200))) {
                    assertThat(record.key()).isEqualTo(MeshEventType.productIdOf(record.value()));
                    events.add(record.value());
                }
            }
        }
        assertThat(events).as("events read from %s", topic).hasSize(expected);
        return events;
    }
}
