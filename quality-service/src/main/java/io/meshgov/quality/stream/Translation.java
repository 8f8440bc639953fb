package io.meshgov.quality.stream;

import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.ObjectiveComparator;
import io.meshgov.events.QualityMeasured;
import io.meshgov.events.QualityStatus;
import io.meshgov.events.QualityStatusChanged;
import io.meshgov.mesh.SemanticVersion;
import io.meshgov.quality.slo.Objective;
import io.meshgov.quality.tracking.Measurement;
import io.meshgov.quality.tracking.Transition;
import io.meshgov.quality.tracking.VersionInfo;

/** Avro mesh events to quality's own types and back. */
final class Translation {

    private Translation() {}

    static Measurement measurement(QualityMeasured e) {
        return new Measurement(
                e.getEventId(),
                e.getProductId(),
                SemanticVersion.parse(e.getVersion()).toString(),
                e.getKpi(),
                e.getValue(),
                e.getMeasuredAt(),
                e.getRunId());
    }

    static VersionInfo version(DataProductVersionPublished e, String domain) {
        return new VersionInfo(
                e.getProductId(),
                SemanticVersion.parse(e.getVersion()).toString(),
                domain,
                e.getObjectives().stream()
                        .map(o -> new Objective(
                                o.getKpi(),
                                o.getComparator() == ObjectiveComparator.AT_LEAST ? ">=" : "<=",
                                o.getThreshold()))
                        .toList(),
                "ACTIVE",
                e.getOccurredAt(),
                e.getClassification().name());
    }

    static QualityStatusChanged statusChanged(Transition t) {
        return QualityStatusChanged.newBuilder()
                .setEventId(t.eventId())
                .setOccurredAt(t.at())
                .setProductId(t.productId())
                .setVersion(t.version())
                .setDomain(t.domain())
                .setKpi(t.kpi())
                .setPreviousStatus(
                        t.previous() == null
                                ? null
                                : QualityStatus.valueOf(t.previous().name()))
                .setStatus(QualityStatus.valueOf(t.status().name()))
                .setValue(t.value())
                .setThreshold(t.threshold())
                .setMeasuredAt(t.measuredAt())
                .build();
    }
}
