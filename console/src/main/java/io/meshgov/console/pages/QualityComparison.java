package io.meshgov.console.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * quality-service's comparison of versions ({@code versions, kpis: {kpi: {version: Kpi}}, scores: {version: score}})
 * as the page's table: one row per KPI, one cell per version in the order compared, empty where a version does not
 * measure that KPI.
 */
record QualityComparison(String productId, List<String> versions, List<Row> rows, List<Double> scores) {

    /** A KPI and, for each version, its {@code Kpi} answer or null. */
    record Row(String kpi, List<Map<?, ?>> cells) {}

    static QualityComparison of(Object comparison) {
        List<String> versions = Json.texts(comparison, "versions");
        Map<?, ?> kpis = Json.object(comparison, "kpis");
        List<Row> rows = new ArrayList<>();
        kpis.forEach((kpi, byVersion) -> {
            List<Map<?, ?>> cells = new ArrayList<>();
            for (String version : versions) {
                cells.add(
                        byVersion instanceof Map<?, ?> map && map.get(version) instanceof Map<?, ?> cell ? cell : null);
            }
            rows.add(new Row(String.valueOf(kpi), cells));
        });
        Map<?, ?> scoreOf = Json.object(comparison, "scores");
        List<Double> scores = new ArrayList<>();
        versions.forEach(v -> scores.add(Json.number(scoreOf, v)));
        return new QualityComparison(
                Json.text(comparison instanceof Map<?, ?> map ? map : Map.of(), "productId"), versions, rows, scores);
    }
}
