package io.meshgov.wire.streams;

import io.meshgov.mesh.DeadLetterHeaders;
import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.InputTopic;
import io.meshgov.wire.EventDecodingException;
import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.SingleObjectCodec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes one input record and checks that its event type belongs on the topic it came from. A decoded record is
 * stamped with its source coordinates and domain; a rejected one with the reason and coordinates a dead-letter
 * topic needs. Nothing is retried: a record that cannot be decoded now never will be.
 */
public final class DecodeOrDeadLetter implements FixedKeyProcessor<String, byte[], Inbound> {

    private final String service;
    private final Function<String, Optional<TopicKind>> topicKinds;
    private final SingleObjectCodec codec = SingleObjectCodec.standard();
    private final Map<String, Optional<TopicKind>> kindOfTopic = new HashMap<>(); // a task reads a few dozen topics
    private FixedKeyProcessorContext<String, Inbound> context;

    /** What a topic may carry and which domain it speaks for (empty domain: a platform topic). */
    public record TopicKind(java.util.Set<MeshEventType> accepted, String domain) {}

    /**
     * @param topicKinds the kind of each topic this service reads, or empty for a topic it does not expect
     */
    public DecodeOrDeadLetter(String service, Function<String, Optional<TopicKind>> topicKinds) {
        this.service = service;
        this.topicKinds = topicKinds;
    }

    /** Topic kinds for domain input topics: each event type on the kind of topic its schema says it belongs to. */
    public static Optional<TopicKind> domainInput(String topic, Map<String, TopicKind> platformTopics) {
        TopicKind platform = platformTopics.get(topic);
        if (platform != null) return Optional.of(platform);
        for (InputTopic kind : InputTopic.values()) {
            Optional<DomainName> domain = kind.domainOf(topic);
            if (domain.isPresent()) {
                var accepted = java.util.EnumSet.noneOf(MeshEventType.class);
                for (MeshEventType type : MeshEventType.values()) {
                    if (type.inputTopic().equals(Optional.of(kind))) accepted.add(type);
                }
                return Optional.of(new TopicKind(accepted, domain.get().value()));
            }
        }
        return Optional.empty();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Inbound> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        String topic = source.topic();
        Optional<TopicKind> kind = kindOfTopic.computeIfAbsent(topic, topicKinds);
        String reason;
        SpecificRecord event = null;
        if (kind.isEmpty()) {
            reason = "topic " + topic + " is not an input of " + service + " (a reserved or unknown domain)";
        } else {
            try {
                event = codec.decode(record.value());
                MeshEventType type = MeshEventType.of(event);
                reason = kind.get().accepted().contains(type)
                        ? null
                        : type.schemaName() + " does not belong on " + topic;
            } catch (EventDecodingException e) {
                reason = e.getMessage();
            }
        }
        String partition = Integer.toString(source.partition());
        String offset = Long.toString(source.offset());
        if (reason == null) {
            context.forward(record.withValue(
                            Inbound.decoded(record.value(), event, kind.get().domain()))
                    .withHeaders(SourceHeaders.stamped(
                            record.headers(),
                            SourceHeaders.TOPIC,
                            topic,
                            SourceHeaders.PARTITION,
                            partition,
                            SourceHeaders.OFFSET,
                            offset,
                            SourceHeaders.DOMAIN,
                            kind.get().domain())));
        } else {
            context.forward(record.withValue(Inbound.rejected(record.value(), reason))
                    .withHeaders(SourceHeaders.stamped(
                            record.headers(),
                            DeadLetterHeaders.REASON,
                            reason,
                            DeadLetterHeaders.EXCEPTION,
                            EventDecodingException.class.getName(),
                            DeadLetterHeaders.SOURCE_TOPIC,
                            topic,
                            DeadLetterHeaders.SOURCE_PARTITION,
                            partition,
                            DeadLetterHeaders.SOURCE_OFFSET,
                            offset,
                            DeadLetterHeaders.SERVICE,
                            service)));
        }
    }
}
