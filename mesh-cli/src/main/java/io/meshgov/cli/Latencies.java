package io.meshgov.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latency figures for the benchmark report: how many samples, p50, p99 and max in milliseconds. */
final class Latencies {

    private Latencies() {}

    static Map<String, Object> summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", sorted.size());
        summary.put("p50Millis", percentile(sorted, 0.50));
        summary.put("p99Millis", percentile(sorted, 0.99));
        summary.put("maxMillis", sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6);
        return summary;
    }

    static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
