package io.meshgov.console.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityViewsTests {

    @Test
    void chartsAKpisHourlyMeansAgainstItsObjective() {
        Map<String, Object> history = Map.of(
                "kpi",
                "completeness",
                "buckets",
                List.of(
                        Map.of("start", "2026-01-07T12:00:00Z", "count", 2, "mean", 0.97, "last", 0.96),
                        Map.of("start", "2026-01-07T13:00:00Z", "count", 1, "mean", 0.995, "last", 0.995)));

        KpiChart chart = KpiChart.of(
                "completeness", history, Map.of("kpi", "completeness", "comparator", ">=", "threshold", 0.99));

        assertThat(chart.canvasId()).isEqualTo("kpi-completeness");
        assertThat(chart.labels()).containsExactly("01-07 12:00", "01-07 13:00");
        assertThat(chart.values()).containsExactly(0.97, 0.995);
        assertThat(chart.threshold()).isEqualTo(0.99);
        assertThat(chart.comparator()).isEqualTo(">=");
    }

    @Test
    void aKpiWithoutObjectiveOrHistoryIsAnEmptyChartOnAStableCanvas() {
        KpiChart chart = KpiChart.of("row count", Map.of("buckets", List.of()), null);

        assertThat(chart.canvasId()).isEqualTo("kpi-row_20_count").isEqualTo(KpiChart.canvasId("row count"));
        assertThat(chart.values()).isEmpty();
        assertThat(chart.threshold()).isNull();
    }

    @Test
    void comparesVersionsKpiByKpiWithAGapWhereAVersionDoesNotMeasureOne() {
        Map<String, Object> passing = Map.of("kpi", "completeness", "status", "PASSING", "latestValue", 0.999);
        Map<String, Object> failing = Map.of("kpi", "completeness", "status", "FAILING", "latestValue", 0.9);
        Map<String, Object> fresh = Map.of("kpi", "freshness_minutes", "status", "PASSING", "latestValue", 12.0);
        Map<String, Object> comparison = Map.of(
                "productId",
                "top-10-customers",
                "versions",
                List.of("2.1.0", "3.0.0"),
                "kpis",
                Map.of(
                        "completeness",
                        Map.of("2.1.0", failing, "3.0.0", passing),
                        "freshness_minutes",
                        Map.of("3.0.0", fresh)),
                "scores",
                Map.of("2.1.0", 0.0, "3.0.0", 1.0));

        QualityComparison table = QualityComparison.of(comparison);

        assertThat(table.versions()).containsExactly("2.1.0", "3.0.0");
        assertThat(table.scores()).containsExactly(0.0, 1.0);
        assertThat(table.rows())
                .filteredOn(r -> r.kpi().equals("completeness"))
                .singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly(failing, passing));
        assertThat(table.rows())
                .filteredOn(r -> r.kpi().equals("freshness_minutes"))
                .singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly(null, fresh));
    }
}
