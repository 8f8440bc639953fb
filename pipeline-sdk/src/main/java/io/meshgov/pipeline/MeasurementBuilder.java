package io.meshgov.pipeline;

import io.meshgov.events.QualityMeasured;
import java.time.Instant;

/** Builds a {@link QualityMeasured}: one KPI value of one version, from one pipeline run. */
public final class MeasurementBuilder {

    private static final String EVENT = "QualityMeasured";

    private final String productId;
    private final String version;
    private final String kpi;
    private final double value;
    private String eventId;
    private Instant occurredAt;
    private Instant measuredAt;
    private String runId;
    private String unit;

    MeasurementBuilder(String productId, String version, String kpi, double value) {
        this.productId = productId;
        this.version = version;
        this.kpi = kpi;
        this.value = value;
    }

    public MeasurementBuilder eventId(String eventId) {
        this.eventId = eventId;
        return this;
    }

    public MeasurementBuilder occurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return this;
    }

    public MeasurementBuilder measuredAt(Instant measuredAt) {
        this.measuredAt = measuredAt;
        return this;
    }

    public MeasurementBuilder runId(String runId) {
        this.runId = runId;
        return this;
    }

    public MeasurementBuilder unit(String unit) {
        this.unit = unit;
        return this;
    }

    public QualityMeasured build() {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(EVENT + ".value must be a finite number, got " + value);
        }
        Instant now = Require.now(occurredAt);
        return QualityMeasured.newBuilder()
                .setEventId(Require.eventId(EVENT, eventId))
                .setOccurredAt(now)
                .setProductId(Require.productId(EVENT, productId))
                .setVersion(Require.version(EVENT, "version", version))
                .setKpi(Require.nonBlank(EVENT, "kpi", kpi))
                .setValue(value)
                .setMeasuredAt(measuredAt == null ? now : measuredAt)
                .setRunId(Require.nonBlank(EVENT, "runId", runId))
                .setUnit(unit)
                .build();
    }
}
