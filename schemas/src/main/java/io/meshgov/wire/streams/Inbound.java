package io.meshgov.wire.streams;

import org.apache.avro.specific.SpecificRecord;

/**
 * An input record after decoding: either an event with the domain whose topic carried it, or the reason it could
 * not be decoded. The original bytes travel along so that a dead letter is exactly what was received.
 */
public record Inbound(byte[] bytes, SpecificRecord event, String domain, String error) {

    public static Inbound decoded(byte[] bytes, SpecificRecord event, String domain) {
        return new Inbound(bytes, event, domain, null);
    }

    public static Inbound rejected(byte[] bytes, String error) {
        return new Inbound(bytes, null, null, error);
    }

    public boolean isDecoded() {
        return error == null;
    }
}
