package io.meshgov.kit.inbound;

import io.meshgov.wire.MeshEventType;
import org.apache.avro.specific.SpecificRecord;

/**
 * A decoded input event, as a service's processor receives it.
 *
 * @param domain the domain whose topic carried it: its identity (null for a platform topic)
 * @param source where it was read, before any repartition
 * @param bytes the record's value as received (for a dead letter or a wait, which keep it as it came)
 */
public record InboundEvent(SpecificRecord event, String domain, SourceCoordinates source, byte[] bytes) {

    public MeshEventType type() {
        return MeshEventType.of(event);
    }

    public String productId() {
        return MeshEventType.productIdOf(event);
    }
}
