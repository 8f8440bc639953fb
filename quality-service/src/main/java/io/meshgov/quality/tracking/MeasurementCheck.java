package io.meshgov.quality.tracking;

import java.util.Optional;
import java.util.Set;

/**
 * What makes a measurement unusable: a value that is not a finite number, or a negative count. Such a measurement
 * is rejected with its reason (to the dead-letter topic) and never reaches a score.
 */
public final class MeasurementCheck {

    private final Set<String> countKpis;

    /** @param countKpis KPIs that count things (also any KPI whose name ends in {@code _count}) */
    public MeasurementCheck(Set<String> countKpis) {
        this.countKpis = Set.copyOf(countKpis);
    }

    public Optional<String> problemWith(String kpi, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.of("value " + value + " of KPI " + kpi + " is not a finite number");
        }
        if (value < 0 && (countKpis.contains(kpi) || kpi.endsWith("_count"))) {
            return Optional.of("value " + value + " of KPI " + kpi + " is negative, but " + kpi + " is a count");
        }
        return Optional.empty();
    }
}
