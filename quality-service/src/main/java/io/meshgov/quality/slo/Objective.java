package io.meshgov.quality.slo;

/** A KPI objective of a version: the value must be at least ({@code >=}) or at most ({@code <=}) the threshold. */
public record Objective(String kpi, String comparator, double threshold) {

    public boolean isMetBy(double value) {
        return ">=".equals(comparator) ? value >= threshold : value <= threshold;
    }
}
