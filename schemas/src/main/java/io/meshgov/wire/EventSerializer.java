package io.meshgov.wire;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer of mesh events, in Avro single-object encoding or in the framing of the given {@link EventCodec}
 * (the Confluent framing, with a schema registry). A null event is written as a null value.
 */
public final class EventSerializer<T extends SpecificRecord> implements Serializer<T> {

    private final EventCodec codec;

    public EventSerializer() {
        this(EventCodec.singleObject());
    }

    public EventSerializer(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public byte[] serialize(String topic, T event) {
        return event == null ? null : codec.encode(event);
    }
}
