package io.meshgov.quality.tracking;

import io.meshgov.quality.slo.Objective;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What quality needs of a published version: its domain, objectives, lifecycle status and publication time. */
public record VersionInfo(
        String productId,
        String version,
        String domain,
        List<Objective> objectives,
        String status,
        Instant publishedAt) {

    public VersionInfo {
        objectives = List.copyOf(objectives);
    }

    public Optional<Objective> objective(String kpi) {
        return objectives.stream().filter(o -> o.kpi().equals(kpi)).findFirst();
    }

    public VersionInfo withStatus(String newStatus) {
        return new VersionInfo(productId, version, domain, objectives, newStatus, publishedAt);
    }
}
