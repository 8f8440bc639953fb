package io.meshgov.quality.tracking;

import java.time.Instant;

/** One KPI value measured by a pipeline run. {@code version} is the full spelling. */
public record Measurement(
        String eventId, String productId, String version, String kpi, double value, Instant measuredAt, String runId) {}
