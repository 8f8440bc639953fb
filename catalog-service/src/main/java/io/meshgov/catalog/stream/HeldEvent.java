package io.meshgov.catalog.stream;

import io.meshgov.kit.inbound.SourceCoordinates;

/**
 * An input waiting for a version of its product to be published, as its store keeps it: the Avro bytes as received
 * (decoded again when it is decided), where it came from, the record's timestamp (its wait is measured in stream
 * time from there) and the version it waits for.
 */
record HeldEvent(
        String productId,
        String awaitedVersion,
        String eventType,
        String eventId,
        String domain,
        SourceCoordinates source,
        long timestamp,
        byte[] event) {}
