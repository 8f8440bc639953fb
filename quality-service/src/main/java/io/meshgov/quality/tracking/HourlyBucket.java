package io.meshgov.quality.tracking;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A KPI's measurements within one hour: count, min, max, sum (for the mean) and the last by time, and the ids of the
 * measurements counted, so that a redelivered one is recognised where it would be counted again (a measurement's
 * id fixes its time, hence its bucket) and forgotten with the bucket when it expires.
 */
public record HourlyBucket(
        Instant start,
        long count,
        double min,
        double max,
        double sum,
        double last,
        Instant lastMeasuredAt,
        List<String> measurementIds) {

    public HourlyBucket {
        measurementIds = measurementIds == null ? List.of() : List.copyOf(measurementIds);
    }

    public static HourlyBucket of(Measurement m) {
        return new HourlyBucket(
                hourOf(m.measuredAt()),
                1,
                m.value(),
                m.value(),
                m.value(),
                m.value(),
                m.measuredAt(),
                List.of(m.eventId()));
    }

    /** Whether this measurement is counted here already (a bucket holds an hour's few). */
    public boolean counts(Measurement m) {
        return measurementIds.contains(m.eventId());
    }

    public HourlyBucket add(Measurement m) {
        boolean later = !m.measuredAt().isBefore(lastMeasuredAt);
        SortedSet<String> ids = new TreeSet<>(measurementIds);
        ids.add(m.eventId());
        return new HourlyBucket(
                start,
                count + 1,
                Math.min(min, m.value()),
                Math.max(max, m.value()),
                sum + m.value(),
                later ? m.value() : last,
                later ? m.measuredAt() : lastMeasuredAt,
                List.copyOf(ids));
    }

    public double mean() {
        return sum / count;
    }

    public static Instant hourOf(Instant t) {
        return Instant.ofEpochSecond(t.getEpochSecond() - Math.floorMod(t.getEpochSecond(), 3600));
    }
}
