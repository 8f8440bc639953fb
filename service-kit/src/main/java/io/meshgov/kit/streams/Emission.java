package io.meshgov.kit.streams;

import org.apache.kafka.common.serialization.Serializer;

/** A record a service sends: to which topic, and its value already encoded (null for a tombstone). */
public record Emission(String topic, byte[] value) {

    static final Serializer<Emission> SERIALIZER = (topic, emission) -> emission == null ? null : emission.value();
}
