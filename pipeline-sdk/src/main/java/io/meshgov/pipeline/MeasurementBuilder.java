package io.meshgov.pipeline;

import io.meshgov.events.QualityMeasured;
import java.time.Instant;

/** Builds a {@link QualityMeasured}: one KPI value of one version, from one pipeline run. */
public final class MeasurementBuilder extends VersionEventBuilder<MeasurementBuilder> {

    private static final String EVENT = "QualityMeasured";

    private final String kpi;
    private final double value;
    private Instant measuredAt;
    private String runId;
    private String unit;

    MeasurementBuilder(String productId, String version, String kpi, double value) {
        super(productId, version);
        this.kpi = kpi;
        this.value = value;
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
        Head head = head(EVENT);
        return QualityMeasured.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setProductId(head.productId())
                .setVersion(head.version())
                .setKpi(Require.nonBlank(EVENT, "kpi", kpi))
                .setValue(value)
                .setMeasuredAt(measuredAt == null ? head.occurredAt() : measuredAt)
                .setRunId(Require.nonBlank(EVENT, "runId", runId))
                .setUnit(unit)
                .build();
    }
}
