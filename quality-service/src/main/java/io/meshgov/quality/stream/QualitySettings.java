package io.meshgov.quality.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How quality runs.
 *
 * @param partitions partitions of the topics the service creates (fixed once data exists)
 * @param replicationFactor replication of the topics the service creates
 * @param staleness default staleness window of a KPI (24 h)
 * @param stalenessPerKpi windows for particular KPIs
 * @param staleCheck how often KPIs are checked against the wall clock
 * @param historyRetention how long hourly buckets are kept (90 days)
 * @param countKpis KPIs whose values count things and cannot be negative (besides any named {@code *_count})
 * @param purgeBatch history buckets dropped per stale check at most, and ids of counted measurements per second, so
 *     that one purge is one transaction of bounded size (10,000)
 * @param pendingWindow how long, in stream time, a measurement of a version the catalog has not accepted yet waits
 *     for it before it is dead-lettered (1 h)
 * @param pendingMax measurements one task keeps waiting at most (100,000); beyond that they are dead-lettered
 */
@ConfigurationProperties("meshgov.quality")
public record QualitySettings(
        int partitions,
        short replicationFactor,
        Duration staleness,
        Map<String, Duration> stalenessPerKpi,
        Duration staleCheck,
        Duration historyRetention,
        List<String> countKpis,
        int purgeBatch,
        Duration pendingWindow,
        int pendingMax) {

    public QualitySettings {
        stalenessPerKpi = stalenessPerKpi == null ? Map.of() : Map.copyOf(stalenessPerKpi);
        countKpis = countKpis == null ? List.of() : List.copyOf(countKpis);
        if (purgeBatch <= 0) purgeBatch = 10_000;
        if (pendingWindow == null) pendingWindow = Duration.ofHours(1);
        if (pendingMax <= 0) pendingMax = 100_000;
    }
}
