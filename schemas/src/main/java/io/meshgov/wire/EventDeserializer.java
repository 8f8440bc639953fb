package io.meshgov.wire;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer of mesh events for a topic that may carry the given event types. Bytes that are not one of
 * them raise {@link EventDecodingException}; a null value (a tombstone) also does, since no mesh topic carries
 * tombstones and silently passing null on would only move the failure somewhere less clear.
 */
public final class EventDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final Class<T> baseType;
    private final Set<MeshEventType> accepted;
    private final SingleObjectCodec codec;

    public EventDeserializer(Class<T> baseType, Set<MeshEventType> accepted) {
        this(baseType, accepted, SingleObjectCodec.standard());
    }

    EventDeserializer(Class<T> baseType, Set<MeshEventType> accepted, SingleObjectCodec codec) {
        this.baseType = baseType;
        this.accepted = Set.copyOf(accepted);
        this.codec = codec;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new EventDecodingException(
                    "null value (tombstone) on " + topic + ": mesh topics carry no tombstones");
        }
        SpecificRecord event = codec.decode(data);
        MeshEventType type = MeshEventType.of(event);
        if (!accepted.contains(type)) {
            throw new EventDecodingException(type.schemaName() + " does not belong on " + topic + "; expected one of "
                    + accepted.stream().map(MeshEventType::schemaName).sorted().collect(Collectors.joining(", ")));
        }
        return baseType.cast(event);
    }
}
