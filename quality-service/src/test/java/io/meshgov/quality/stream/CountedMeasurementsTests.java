package io.meshgov.quality.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.Measurement;
import io.meshgov.quality.view.ViewKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ids of counted measurements, kept beside the hourly buckets: a redelivery is recognised, a bucket stays the
 * same size however often its KPI is measured, and the ids expire with their hour, oldest first, a bounded batch per
 * check.
 */
class CountedMeasurementsTests {

    private static final String PRODUCT = "top-10-customers";
    private static final String VERSION = "3.0.0";
    private static final Instant HOUR = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aRedeliveredMeasurementIsRecognisedAndAnotherOfTheSameHourIsNot() {
        QualityTask task = new QualityTask();
        task.state().count(measured("m-1", HOUR.plusSeconds(10)));

        assertThat(task.state().counted(measured("m-1", HOUR.plusSeconds(10)))).isTrue();
        assertThat(task.state().counted(measured("m-2", HOUR.plusSeconds(10)))).isFalse();
    }

    /**
     * A KPI measured every second: its bucket is rewritten with each, at about the size it had after the second (its
     * count, sum and time take a few more digits), not growing by an id per measurement.
     */
    @Test
    void aBucketDoesNotGrowWithTheMeasurementsItCounts() {
        QualityTask task = new QualityTask();
        String bucket = ViewKeys.bucket(PRODUCT, VERSION, "completeness", HOUR);
        task.state().count(measured("m-0", HOUR));
        task.state().count(measured("m-1", HOUR.plusSeconds(1)));
        int sizeAfterTwo = task.stored(QualityStores.HISTORY, bucket).length;

        IntStream.range(2, 3_000).forEach(i -> task.state().count(measured("m-" + i, HOUR.plusSeconds(i))));

        assertThat(task.stored(QualityStores.HISTORY, bucket).length).isLessThanOrEqualTo(sizeAfterTwo + 32);
        assertThat(task.readModel().history(PRODUCT, VERSION, "completeness"))
                .singleElement()
                .extracting(HourlyBucket::count)
                .isEqualTo(3_000L);
        assertThat(task.state().counted(measured("m-1234", HOUR.plusSeconds(1234))))
                .isTrue();
    }

    /**
     * Ids of eight hours of two products, each product's ids interleaved with the other's by hour, and a recent one:
     * they go by hour whatever their product, a batch of 3 per pass, and the recent one stays.
     */
    @Test
    void idsExpireWithTheirHourOldestFirstWhateverTheirProductABoundedBatchPerPass() {
        QualityTask task = new QualityTask(3);
        List<Measurement> old = IntStream.range(0, 8)
                .mapToObj(h -> new Measurement(
                        "old-" + h,
                        h % 2 == 0 ? "zz-last-by-name" : "aa-first-by-name",
                        VERSION,
                        "completeness",
                        0.995,
                        HOUR.plus(Duration.ofHours(h)),
                        "run-" + h))
                .toList();
        old.forEach(task.state()::count);
        Measurement recent = measured("recent", HOUR.plus(Duration.ofDays(10)));
        task.state().count(recent);
        Instant afterRetention = HOUR.plus(Duration.ofDays(90)).plus(Duration.ofHours(9));

        task.state().dropExpiredIds(afterRetention);
        assertThat(old).filteredOn(task.state()::counted).containsExactlyElementsOf(old.subList(3, 8));

        task.state().dropExpiredIds(afterRetention);
        assertThat(old).filteredOn(task.state()::counted).containsExactlyElementsOf(old.subList(6, 8));
        task.state().dropExpiredIds(afterRetention);
        assertThat(old).noneMatch(task.state()::counted);
        assertThat(task.state().counted(recent)).isTrue();
        assertThat(task.count(QualityStores.COUNTED)).isEqualTo(1);
    }

    private static Measurement measured(String id, Instant at) {
        return new Measurement(id, PRODUCT, VERSION, "completeness", 0.995, at, "run-" + id);
    }
}
