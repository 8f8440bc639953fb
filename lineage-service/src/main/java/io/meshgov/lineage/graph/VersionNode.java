package io.meshgov.lineage.graph;

import java.time.Instant;

/**
 * A data product version as the graph keeps it, with the event times of its lifecycle so that an unversioned input
 * can be bound to the version that was the newest active one when its reader was published, whatever order the
 * events arrived in. Its classification decides who sees beyond it (a missing one counts as restricted).
 */
public record VersionNode(
        String productId,
        String version,
        String name,
        String domain,
        VersionStatus status,
        Instant publishedAt,
        Instant deprecatedAt,
        Instant retiredAt,
        String classification) {

    public String id() {
        return NodeIds.version(productId, version);
    }

    public VersionNode withStatus(VersionStatus next, Instant at) {
        return new VersionNode(
                productId,
                version,
                name,
                domain,
                next,
                publishedAt,
                next == VersionStatus.DEPRECATED ? at : next == VersionStatus.ACTIVE ? null : deprecatedAt,
                next == VersionStatus.RETIRED ? at : retiredAt,
                classification);
    }

    /** Whether this version was published and still ACTIVE at the given time. */
    public boolean activeAt(Instant t) {
        return !publishedAt.isAfter(t)
                && (deprecatedAt == null || deprecatedAt.isAfter(t))
                && (retiredAt == null || retiredAt.isAfter(t));
    }
}
