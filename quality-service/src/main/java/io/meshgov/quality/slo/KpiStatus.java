package io.meshgov.quality.slo;

public enum KpiStatus {
    PASSING,
    FAILING,
    NO_OBJECTIVE,
    STALE
}
