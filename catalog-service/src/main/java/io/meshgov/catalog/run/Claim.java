package io.meshgov.catalog.run;

import java.time.Instant;

/**
 * An accepted publication's claim on one of its datasets (its OpenLineage namespace and name): the version it
 * serves, the domain that owns the product, and the publication that made it (for a refused claim's violation).
 */
public record Claim(
        String productId,
        String version,
        String ownerDomain,
        String eventId,
        String topic,
        int partition,
        long offset,
        Instant occurredAt,
        String namespace,
        String name) {

    boolean sameVersion(Claim other) {
        return productId.equals(other.productId) && version.equals(other.version);
    }
}
