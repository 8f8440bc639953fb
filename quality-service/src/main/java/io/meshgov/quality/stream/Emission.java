package io.meshgov.quality.stream;

import org.apache.kafka.common.serialization.Serializer;

/** A record quality sends: to which topic, and its value already encoded (null for a tombstone). */
record Emission(String topic, byte[] value) {

    static final Serializer<Emission> SERIALIZER = (topic, emission) -> emission == null ? null : emission.value();
}
