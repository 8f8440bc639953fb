package io.meshgov.kit.inbound;

import io.meshgov.mesh.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * An input record a service could not use, as it goes to the service's dead-letter topic: the bytes exactly as
 * received, the producer's own headers, and the reason and source coordinates in {@code meshgov.dlq.*} headers. The
 * one place that writes those headers, for the edge's undecodable records and a processor's invalid ones alike.
 */
public record DeadLetter(byte[] bytes, String reason, String kind, SourceCoordinates source) {

    /** The kind of an undecodable record (the decoder's typed error). */
    public static final String UNDECODABLE = "io.meshgov.wire.EventDecodingException";

    /** The producer's headers (without any {@code meshgov.*} header it may have sent) plus the dead-letter ones. */
    public Headers headers(Headers original, String service) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : original) {
            if (!header.key().startsWith("meshgov.")) headers.add(header);
        }
        add(headers, DeadLetterHeaders.REASON, reason);
        add(headers, DeadLetterHeaders.EXCEPTION, kind);
        add(headers, DeadLetterHeaders.SOURCE_TOPIC, source.topic());
        add(headers, DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(source.partition()));
        add(headers, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(source.offset()));
        add(headers, DeadLetterHeaders.SERVICE, service);
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
