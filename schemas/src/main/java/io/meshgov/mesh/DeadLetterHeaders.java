package io.meshgov.mesh;

/** Headers a service puts on a record it sends to its dead-letter topic: why, and where the record came from. */
public final class DeadLetterHeaders {

    public static final String REASON = "meshgov.dlq.reason";
    public static final String EXCEPTION = "meshgov.dlq.exception";
    public static final String SOURCE_TOPIC = "meshgov.dlq.source.topic";
    public static final String SOURCE_PARTITION = "meshgov.dlq.source.partition";
    public static final String SOURCE_OFFSET = "meshgov.dlq.source.offset";
    public static final String SERVICE = "meshgov.dlq.service";

    private DeadLetterHeaders() {}
}
