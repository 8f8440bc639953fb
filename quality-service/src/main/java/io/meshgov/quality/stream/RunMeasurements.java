package io.meshgov.quality.stream;

import io.meshgov.events.QualityMeasured;
import io.meshgov.events.RunAccepted;
import io.meshgov.events.RunAssertion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The KPIs an accepted run's quality facets measured of its version, as the measurements a pipeline would have sent:
 * {@code row_count}, {@code null_count.<column>} and {@code assertion.<name>} (or {@code assertion.<name>.<column>})
 * as 1 when it passed and 0 when it failed. Each one's id derives from the run's and the KPI's, so a run read again
 * counts once.
 */
final class RunMeasurements {

    private RunMeasurements() {}

    static List<QualityMeasured> of(RunAccepted run) {
        List<QualityMeasured> measured = new ArrayList<>();
        if (run.getRowCount() != null) measured.add(kpi(run, "row_count", run.getRowCount(), "rows"));
        for (Map.Entry<String, Long> nulls : run.getNullCounts().entrySet()) {
            measured.add(kpi(run, "null_count." + nulls.getKey(), nulls.getValue(), "rows"));
        }
        for (RunAssertion a : run.getAssertions()) {
            String name = "assertion." + a.getAssertion() + (a.getColumn() == null ? "" : "." + a.getColumn());
            measured.add(kpi(run, name, a.getSuccess() ? 1 : 0, null));
        }
        return measured;
    }

    private static QualityMeasured kpi(RunAccepted run, String kpi, double value, String unit) {
        String id = run.getEventId() + "\u0000" + kpi;
        return QualityMeasured.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8))
                        .toString())
                .setOccurredAt(run.getOccurredAt())
                .setProductId(run.getProductId())
                .setVersion(run.getVersion())
                .setKpi(kpi)
                .setValue(value)
                .setMeasuredAt(run.getOccurredAt())
                .setRunId(run.getRunId())
                .setUnit(unit)
                .build();
    }
}
