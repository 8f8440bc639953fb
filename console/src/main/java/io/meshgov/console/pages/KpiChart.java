package io.meshgov.console.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One KPI's history as the page's Chart.js line: the hourly means (UTC hours as labels, so no date library is needed
 * in the browser) and the objective's threshold, drawn as a flat line, when the KPI has one.
 *
 * @param canvasId the {@code <canvas>} it is drawn on: the same for the same KPI on every load
 */
record KpiChart(
        String canvasId, String kpi, List<String> labels, List<Double> values, Double threshold, String comparator) {

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    static String canvasId(String kpi) {
        return DomIds.of("kpi", kpi);
    }

    /** The chart of {@code history} ({@code kpi, buckets: [{start, mean}]}) against {@code objective} (may be null). */
    static KpiChart of(String kpi, Object history, Map<?, ?> objective) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Map<?, ?> bucket : Json.objects(history, "buckets")) {
            Double mean = Json.number(bucket, "mean");
            if (mean == null) continue;
            labels.add(hour(Json.text(bucket, "start")));
            values.add(mean);
        }
        Map<?, ?> goal = objective == null ? Map.of() : objective;
        return new KpiChart(
                canvasId(kpi), kpi, labels, values, Json.number(goal, "threshold"), Json.text(goal, "comparator"));
    }

    private static String hour(String start) {
        if (start == null) return "";
        try {
            return HOUR.format(Instant.parse(start));
        } catch (DateTimeParseException e) {
            return start;
        }
    }
}
