package io.meshgov.quality.tracking;

import io.meshgov.quality.slo.KpiStatus;
import java.time.Instant;

/**
 * One KPI of one version: its latest measurement (by measuredAt; null before the first) and its current status
 * (null until it can be judged, or while the version is not yet published).
 */
public record KpiState(
        String productId,
        String version,
        String kpi,
        Double value,
        Instant measuredAt,
        String runId,
        String eventId,
        KpiStatus status) {

    public static KpiState empty(String productId, String version, String kpi) {
        return new KpiState(productId, version, kpi, null, null, null, null, null);
    }

    /** Whether the measurement is newer than the latest (ties broken by event id, so every order agrees). */
    public boolean isOlderThan(Measurement m) {
        if (measuredAt == null) return true;
        int c = m.measuredAt().compareTo(measuredAt);
        return c > 0 || (c == 0 && m.eventId().compareTo(eventId) > 0);
    }

    public KpiState latest(Measurement m) {
        return new KpiState(productId, version, kpi, m.value(), m.measuredAt(), m.runId(), m.eventId(), status);
    }

    public KpiState withStatus(KpiStatus newStatus) {
        return new KpiState(productId, version, kpi, value, measuredAt, runId, eventId, newStatus);
    }
}
