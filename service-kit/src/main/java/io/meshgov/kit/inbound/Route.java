package io.meshgov.kit.inbound;

import io.meshgov.wire.EventCodec;
import io.meshgov.wire.EventDecodingException;
import io.meshgov.wire.SingleObjectCodec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The first step in: from its header and first fields (not the whole record), which event type a record is, whether
 * that type belongs on its topic, and which product it is about. A record that fails here is dead at once.
 */
final class Route implements FixedKeyProcessor<String, byte[], Passage> {

    private final String service;
    private final Function<String, Optional<TopicKind>> kinds;
    private final boolean keyedByProduct;
    private final Map<String, Optional<TopicKind>> kindOfTopic = new HashMap<>(); // a task reads a few dozen topics
    private final EventCodec codec;
    private FixedKeyProcessorContext<String, Passage> context;

    /** @param keyedByProduct whether the record must already be keyed by its product (it is not repartitioned) */
    Route(String service, Function<String, Optional<TopicKind>> kinds, boolean keyedByProduct, EventCodec codec) {
        this.service = service;
        this.kinds = kinds;
        this.keyedByProduct = keyedByProduct;
        this.codec = codec;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Passage> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        RecordMetadata metadata = context.recordMetadata().orElseThrow();
        SourceCoordinates source = new SourceCoordinates(metadata.topic(), metadata.partition(), metadata.offset());
        Optional<TopicKind> kind = kindOfTopic.computeIfAbsent(source.topic(), kinds);
        if (kind.isEmpty()) {
            dead(
                    record,
                    source,
                    "topic " + source.topic() + " is not an input of " + service + " (a reserved or unknown domain)");
            return;
        }
        try {
            SingleObjectCodec.Peeked peeked = codec.peek(record.value());
            if (!kind.get().accepted().contains(peeked.type())) {
                dead(record, source, peeked.type().schemaName() + " does not belong on " + source.topic());
                return;
            }
            if (keyedByProduct && !peeked.productId().equals(record.key())) {
                dead(
                        record,
                        source,
                        "keyed '" + record.key() + "' but about product " + peeked.productId() + ": a record of "
                                + source.topic() + " must be keyed by its productId");
                return;
            }
            Stamped stamped = new Stamped(source, kind.get().domain(), record.key(), record.value());
            context.forward(record.withValue(new Passage.Routed(peeked.productId(), stamped)));
        } catch (EventDecodingException e) {
            dead(record, source, e.getMessage());
        }
    }

    private void dead(FixedKeyRecord<String, byte[]> record, SourceCoordinates source, String reason) {
        context.forward(record.withValue(
                new Passage.Dead(new DeadLetter(record.value(), reason, DeadLetter.UNDECODABLE, source))));
    }
}
