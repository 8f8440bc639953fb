package io.meshgov.catalog.product;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latest status of each KPI of one version, as quality-service announced them. Kept apart from the product: a
 * status changes far more often than anything a domain publishes, and changing it rewrites only this.
 */
public record VersionQuality(String productId, String version, Map<String, String> byKpi) {

    public VersionQuality {
        byKpi = Collections.unmodifiableSortedMap(new TreeMap<>(byKpi == null ? Map.of() : byKpi)); // identical JSON
    }

    /** A published version of which no status is known yet. */
    public static VersionQuality unknown(String productId, String version) {
        return new VersionQuality(productId, version, Map.of());
    }

    public VersionQuality with(String kpi, String status) {
        Map<String, String> updated = new TreeMap<>(byKpi);
        updated.put(kpi, status);
        return new VersionQuality(productId, version, updated);
    }

    /** The worst status over the KPIs: FAILING, then STALE, then PASSING; null when none is known. */
    public String worst() {
        for (String worst : new String[] {"FAILING", "STALE", "PASSING", "NO_OBJECTIVE"}) {
            if (byKpi.containsValue(worst)) return worst;
        }
        return null;
    }
}
