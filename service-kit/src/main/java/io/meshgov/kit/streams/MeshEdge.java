package io.meshgov.kit.streams;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;

/** How a service's outputs leave its topology (inputs come in through {@code io.meshgov.kit.inbound}). */
public final class MeshEdge {

    private static final Serde<String> KEYS = Serdes.String();

    private MeshEdge() {}

    /** Sends each emission to its own topic. */
    public static void emit(KStream<String, Emission> emissions) {
        emissions.to(
                (key, emission, context) -> emission.topic(),
                Produced.with(KEYS, Serdes.serdeFrom(Emission.SERIALIZER, (topic, bytes) -> null))
                        .withName("emit"));
    }
}
