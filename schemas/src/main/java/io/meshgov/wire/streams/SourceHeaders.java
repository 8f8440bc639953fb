package io.meshgov.wire.streams;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Where an input record came from, carried in headers across a service's internal repartition (after which the
 * record's own metadata names the repartition topic). The decode step sets them from the record's real metadata
 * and drops any a producer sent, so a domain cannot forge its identity.
 */
public final class SourceHeaders {

    static final String PREFIX = "meshgov.";
    public static final String TOPIC = "meshgov.source.topic";
    public static final String PARTITION = "meshgov.source.partition";
    public static final String OFFSET = "meshgov.source.offset";
    public static final String DOMAIN = "meshgov.source.domain";

    private SourceHeaders() {}

    /** The record's headers without any {@code meshgov.*} header, plus the given ones. */
    static Headers stamped(Headers original, String... namesAndValues) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : original) {
            if (!header.key().startsWith(PREFIX)) headers.add(header);
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                headers.add(namesAndValues[i], namesAndValues[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    public static String read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
