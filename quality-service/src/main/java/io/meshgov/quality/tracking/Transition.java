package io.meshgov.quality.tracking;

import io.meshgov.quality.slo.KpiStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A KPI's status changed. The id derives from the KPI, both statuses and the measurement that decided it, so the
 * same change is the same event however often the input is replayed.
 */
public record Transition(
        String productId,
        String version,
        String domain,
        String kpi,
        KpiStatus previous,
        KpiStatus status,
        Double value,
        Double threshold,
        Instant measuredAt,
        Instant at) {

    public String eventId() {
        String identity = String.join(
                "\u0000", productId, version, kpi, String.valueOf(previous), status.name(), String.valueOf(measuredAt));
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
