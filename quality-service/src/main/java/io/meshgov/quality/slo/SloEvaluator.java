package io.meshgov.quality.slo;

import java.time.Duration;
import java.time.Instant;

/**
 * The status of one KPI: NO_OBJECTIVE without an objective; STALE when nothing was measured within the KPI's
 * staleness window (counted from the last measurement, or from publication when there is none); otherwise PASSING
 * or FAILING against the threshold. Returns null while a KPI with an objective waits for its first measurement.
 */
public final class SloEvaluator {

    private SloEvaluator() {}

    public static KpiStatus evaluate(
            Objective objective, Double value, Instant measuredAt, Instant publishedAt, Duration window, Instant now) {
        if (objective == null) return value == null ? null : KpiStatus.NO_OBJECTIVE;
        Instant since = measuredAt != null ? measuredAt : publishedAt;
        if (since != null && since.plus(window).isBefore(now)) return KpiStatus.STALE;
        if (value == null) return null;
        return objective.isMetBy(value) ? KpiStatus.PASSING : KpiStatus.FAILING;
    }
}
