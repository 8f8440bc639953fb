package io.meshgov.kit.inbound;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An input record routed to its product but not decoded yet: its bytes as received, the key it came with, the domain
 * its topic speaks for and where it was read. This is what crosses a service's repartition topic, so that the
 * coordinates travel typed in the value instead of as string headers.
 */
record Stamped(SourceCoordinates source, String domain, String key, byte[] bytes) {

    private static final byte FORMAT = 1;

    static final Serde<Stamped> SERDE = Serdes.serdeFrom(serializer(), deserializer());

    private static Serializer<Stamped> serializer() {
        return (topic, s) -> {
            byte[] sourceTopic = utf8(s.source.topic()), domain = utf8(s.domain), key = utf8(s.key);
            ByteBuffer out = ByteBuffer.allocate(
                    1 + 4 + sourceTopic.length + 4 + 8 + 4 + length(domain) + 4 + length(key) + s.bytes.length);
            out.put(FORMAT).putInt(sourceTopic.length).put(sourceTopic);
            out.putInt(s.source.partition()).putLong(s.source.offset());
            putNullable(out, domain);
            putNullable(out, key);
            out.put(s.bytes);
            return out.array();
        };
    }

    private static Deserializer<Stamped> deserializer() {
        return (topic, data) -> {
            ByteBuffer in = ByteBuffer.wrap(data);
            if (in.get() != FORMAT) throw new IllegalStateException("unknown format of an internal stamped record");
            String sourceTopic = getNullable(in);
            SourceCoordinates source = new SourceCoordinates(sourceTopic, in.getInt(), in.getLong());
            String domain = getNullable(in);
            String key = getNullable(in);
            byte[] bytes = new byte[in.remaining()];
            in.get(bytes);
            return new Stamped(source, domain, key, bytes);
        };
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }

    private static void putNullable(ByteBuffer out, byte[] value) {
        if (value == null) {
            out.putInt(-1);
        } else {
            out.putInt(value.length).put(value);
        }
    }

    private static String getNullable(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) return null;
        byte[] value = new byte[length];
        in.get(value);
        return new String(value, StandardCharsets.UTF_8);
    }
}
