package io.meshgov.quality.tracking;

import io.meshgov.quality.slo.Objective;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What quality needs of a published version: its domain, objectives, lifecycle status, publication time and
 * classification (who may see its quality; a missing one counts as restricted).
 */
public record VersionInfo(
        String productId,
        String version,
        String domain,
        List<Objective> objectives,
        String status,
        Instant publishedAt,
        String classification) {

    public VersionInfo {
        objectives = List.copyOf(objectives);
    }

    public Optional<Objective> objective(String kpi) {
        return objectives.stream().filter(o -> o.kpi().equals(kpi)).findFirst();
    }

    public VersionInfo withStatus(String newStatus) {
        return new VersionInfo(productId, version, domain, objectives, newStatus, publishedAt, classification);
    }
}
