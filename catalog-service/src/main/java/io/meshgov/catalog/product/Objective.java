package io.meshgov.catalog.product;

/** A KPI objective: comparator is {@code >=} or {@code <=}. */
public record Objective(String kpi, String comparator, double threshold) {}
