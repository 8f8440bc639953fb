package io.meshgov.quality.slo;

import java.time.Duration;
import java.util.Map;

/** How long a KPI may go unmeasured before it is STALE: per KPI name, or the default (24 h). */
public record StalenessWindows(Duration defaultWindow, Map<String, Duration> perKpi) {

    public StalenessWindows {
        perKpi = perKpi == null ? Map.of() : Map.copyOf(perKpi);
    }

    public Duration of(String kpi) {
        return perKpi.getOrDefault(kpi, defaultWindow);
    }
}
