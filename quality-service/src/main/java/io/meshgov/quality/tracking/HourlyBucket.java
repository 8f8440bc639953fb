package io.meshgov.quality.tracking;

import java.time.Instant;

/** A KPI's measurements within one hour: count, min, max, sum (for the mean) and the last by time. */
public record HourlyBucket(
        Instant start, long count, double min, double max, double sum, double last, Instant lastMeasuredAt) {

    public static HourlyBucket of(Measurement m) {
        return new HourlyBucket(hourOf(m.measuredAt()), 1, m.value(), m.value(), m.value(), m.value(), m.measuredAt());
    }

    public HourlyBucket add(Measurement m) {
        boolean later = !m.measuredAt().isBefore(lastMeasuredAt);
        return new HourlyBucket(
                start,
                count + 1,
                Math.min(min, m.value()),
                Math.max(max, m.value()),
                sum + m.value(),
                later ? m.value() : last,
                later ? m.measuredAt() : lastMeasuredAt);
    }

    public double mean() {
        return sum / count;
    }

    public static Instant hourOf(Instant t) {
        return Instant.ofEpochSecond(t.getEpochSecond() - Math.floorMod(t.getEpochSecond(), 3600));
    }
}
