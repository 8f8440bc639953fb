package io.meshgov.quality.stream;

import io.meshgov.kit.inbound.SourceCoordinates;

/**
 * A measurement of a version the catalog has not accepted yet, kept until it does (or until its wait ends, in stream
 * time): its bytes as received, who sent it and where it was read.
 */
record PendingMeasurement(
        String productId,
        String version,
        String eventId,
        long measuredAtMillis,
        String domain,
        SourceCoordinates source,
        long timestamp,
        byte[] event) {}
