package io.meshgov.catalog.product;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latest status of each KPI of one version, as quality-service announced them, and the breaches in progress: a KPI
 * FAILING or STALE since which announcement. Kept apart from the product: a status changes far more often than
 * anything a domain publishes, and changing it rewrites only this.
 */
public record VersionQuality(
        String productId,
        String version,
        Map<String, String> byKpi,
        Map<String, Breach> breaches,
        Map<String, Instant> statusAt) {

    /**
     * A KPI breached since quality-service said so (event {@code eventId}, at {@code since}): it lasts from FAILING or
     * STALE until PASSING or NO_OBJECTIVE, whatever bad status it goes through meanwhile.
     */
    public record Breach(String eventId, Instant since) {}

    public VersionQuality {
        byKpi = Collections.unmodifiableSortedMap(new TreeMap<>(byKpi == null ? Map.of() : byKpi)); // identical JSON
        // stored before breaches were kept: none known (a KPI already failing then opens one at its next bad status)
        breaches = Collections.unmodifiableSortedMap(new TreeMap<>(breaches == null ? Map.of() : breaches));
        // when quality-service announced each KPI's current status (stored before: unknown, so the next one applies)
        statusAt = Collections.unmodifiableSortedMap(new TreeMap<>(statusAt == null ? Map.of() : statusAt));
    }

    /** A published version of which no status is known yet. */
    public static VersionQuality unknown(String productId, String version) {
        return new VersionQuality(productId, version, Map.of(), Map.of(), Map.of());
    }

    /** Whether a KPI with {@code status} is in breach: FAILING or STALE. */
    public static boolean isBreach(String status) {
        return "FAILING".equals(status) || "STALE".equals(status);
    }

    /**
     * Whether a status of {@code kpi} announced at {@code at} is news: later than the one applied. A status re-sent
     * (quality-service replayed, or its group reset) is not, nor one that arrives after a later one.
     */
    public boolean isNewer(String kpi, Instant at) {
        Instant applied = statusAt.get(kpi);
        return applied == null || at.isAfter(applied);
    }

    /** The KPI's new status, announced by event {@code eventId} at {@code at}. */
    public VersionQuality with(String kpi, String status, String eventId, Instant at) {
        Map<String, String> statuses = new TreeMap<>(byKpi);
        statuses.put(kpi, status);
        Map<String, Breach> open = new TreeMap<>(breaches);
        if (isBreach(status)) open.putIfAbsent(kpi, new Breach(eventId, at));
        else open.remove(kpi);
        Map<String, Instant> times = new TreeMap<>(statusAt);
        times.put(kpi, at);
        return new VersionQuality(productId, version, statuses, open, times);
    }

    /** The worst status over the KPIs: FAILING, then STALE, then PASSING; null when none is known. */
    public String worst() {
        for (String worst : new String[] {"FAILING", "STALE", "PASSING", "NO_OBJECTIVE"}) {
            if (byKpi.containsValue(worst)) return worst;
        }
        return null;
    }
}
