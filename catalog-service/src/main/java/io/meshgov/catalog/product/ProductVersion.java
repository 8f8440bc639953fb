package io.meshgov.catalog.product;

import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;

/**
 * One version of a data product as the catalog keeps it: what was published, when, its status and lifecycle details
 * (its KPIs' statuses are a {@link VersionQuality} of their own). {@code version} is the full spelling (2.1.0);
 * {@code spec.version()} is the one the domain published (2.1).
 */
public record ProductVersion(
        String version,
        VersionSpec spec,
        Instant publishedAt,
        String publishedEventId,
        VersionStatus status,
        Deprecation deprecation,
        Retirement retirement) {

    public static ProductVersion published(VersionSpec spec, Instant at, String eventId) {
        String canonical = SemanticVersion.parse(spec.version()).toString();
        return new ProductVersion(canonical, spec, at, eventId, VersionStatus.ACTIVE, null, null);
    }

    public SemanticVersion semver() {
        return SemanticVersion.parse(version);
    }

    public ProductVersion deprecated(Deprecation deprecation) {
        return new ProductVersion(
                version, spec, publishedAt, publishedEventId, VersionStatus.DEPRECATED, deprecation, retirement);
    }

    /** The owner moved the sunset later. */
    public ProductVersion sunsetExtended(Instant sunset, Instant at) {
        return new ProductVersion(
                version, spec, publishedAt, publishedEventId, status, deprecation.extendedTo(sunset, at), retirement);
    }

    /** The owner withdrew the deprecation: ACTIVE again, its withdrawn deprecation kept for the record. */
    public ProductVersion keptInService(String why, Instant at) {
        return new ProductVersion(
                version,
                spec,
                publishedAt,
                publishedEventId,
                VersionStatus.ACTIVE,
                deprecation.withdrawn(why, at),
                retirement);
    }

    public ProductVersion retired(Retirement retirement) {
        return new ProductVersion(
                version, spec, publishedAt, publishedEventId, VersionStatus.RETIRED, deprecation, retirement);
    }
}
