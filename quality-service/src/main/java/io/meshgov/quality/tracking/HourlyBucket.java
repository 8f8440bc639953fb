package io.meshgov.quality.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A KPI's measurements within one hour: count, min, max, sum (for the mean) and the last by time. Its size does not
 * grow with its count: the ids of the measurements it counted are kept beside it, one small key each (see the
 * processing's counted store), not in it.
 *
 * @param measurementIds the ids an earlier build kept in the bucket itself (one more per measurement, the whole list
 *     rewritten with each, and copied to every instance's read model); still read, so that a redelivery of what it
 *     counted is recognised until the bucket expires, never added to and not written when empty
 */
public record HourlyBucket(
        Instant start,
        long count,
        double min,
        double max,
        double sum,
        double last,
        Instant lastMeasuredAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> measurementIds) {

    public HourlyBucket {
        measurementIds = measurementIds == null ? List.of() : List.copyOf(measurementIds);
    }

    public static HourlyBucket of(Measurement m) {
        return new HourlyBucket(
                hourOf(m.measuredAt()), 1, m.value(), m.value(), m.value(), m.value(), m.measuredAt(), List.of());
    }

    /** Whether an earlier build counted this measurement here (one that kept the ids in the bucket). */
    public boolean countedBefore(Measurement m) {
        return measurementIds.contains(m.eventId());
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
                later ? m.measuredAt() : lastMeasuredAt,
                measurementIds);
    }

    public double mean() {
        return sum / count;
    }

    public static Instant hourOf(Instant t) {
        return Instant.ofEpochSecond(t.getEpochSecond() - Math.floorMod(t.getEpochSecond(), 3600));
    }
}
