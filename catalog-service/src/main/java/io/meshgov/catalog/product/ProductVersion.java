package io.meshgov.catalog.product;

import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One version of a data product as the catalog keeps it: what was published, when, its status and lifecycle
 * details, and the latest quality status of each of its KPIs. {@code version} is the full spelling (2.1.0);
 * {@code spec.version()} is the one the domain published (2.1).
 */
public record ProductVersion(
        String version,
        VersionSpec spec,
        Instant publishedAt,
        String publishedEventId,
        VersionStatus status,
        Deprecation deprecation,
        Retirement retirement,
        Map<String, String> quality) {

    public ProductVersion {
        quality = Collections.unmodifiableSortedMap(new TreeMap<>(quality == null ? Map.of() : quality));
    }

    public static ProductVersion published(VersionSpec spec, Instant at, String eventId) {
        String canonical = SemanticVersion.parse(spec.version()).toString();
        return new ProductVersion(canonical, spec, at, eventId, VersionStatus.ACTIVE, null, null, Map.of());
    }

    public SemanticVersion semver() {
        return SemanticVersion.parse(version);
    }

    public ProductVersion deprecated(Deprecation deprecation) {
        return new ProductVersion(
                version,
                spec,
                publishedAt,
                publishedEventId,
                VersionStatus.DEPRECATED,
                deprecation,
                retirement,
                quality);
    }

    public ProductVersion retired(Retirement retirement) {
        return new ProductVersion(
                version, spec, publishedAt, publishedEventId, VersionStatus.RETIRED, deprecation, retirement, quality);
    }

    public ProductVersion withQuality(String kpi, String status) {
        Map<String, String> updated = new TreeMap<>(quality);
        updated.put(kpi, status);
        return new ProductVersion(
                version, spec, publishedAt, publishedEventId, status(), deprecation, retirement, updated);
    }

    /** The worst status over the version's KPIs: FAILING, then STALE, then PASSING; null when none is known. */
    public String qualityStatus() {
        for (String worst : new String[] {"FAILING", "STALE", "PASSING", "NO_OBJECTIVE"}) {
            if (quality.containsValue(worst)) return worst;
        }
        return null;
    }
}
