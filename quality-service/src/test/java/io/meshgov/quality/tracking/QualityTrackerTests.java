package io.meshgov.quality.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.quality.slo.KpiStatus;
import io.meshgov.quality.slo.Objective;
import io.meshgov.quality.slo.StalenessWindows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityTrackerTests {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final VersionInfo V21 = new VersionInfo(
            "top-10-customers",
            "2.1.0",
            "sales",
            List.of(new Objective("completeness", ">=", 0.99), new Objective("freshness_minutes", "<=", 60)),
            "ACTIVE",
            T0,
            "CONFIDENTIAL");

    private final QualityTracker tracker = new QualityTracker(
            new StalenessWindows(Duration.ofHours(24), Map.of("freshness_minutes", Duration.ofHours(2))));
    private KpiState state = KpiState.empty("top-10-customers", "2.1.0", "completeness");
    private final List<Transition> announced = new ArrayList<>();
    private int measurements;

    @Test
    void announcesOnlyRealTransitionsAsAKpiHoversOnItsThreshold() {
        for (double value : new double[] {0.995, 0.99, 0.991, 0.989, 0.98, 0.989, 0.99, 0.99, 1.0}) measure(value, V21);

        assertThat(announced)
                .extracting(Transition::previous, Transition::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, KpiStatus.PASSING),
                        org.assertj.core.groups.Tuple.tuple(KpiStatus.PASSING, KpiStatus.FAILING),
                        org.assertj.core.groups.Tuple.tuple(KpiStatus.FAILING, KpiStatus.PASSING));
        assertThat(announced).extracting(Transition::eventId).doesNotHaveDuplicates();
    }

    @Test
    void keepsTheLatestValueWhenALateMeasurementArrives() {
        measure(0.995, V21);
        Measurement late = new Measurement(
                "late", "top-10-customers", "2.1.0", "completeness", 0.5, T0.minusSeconds(60), "run-late");

        QualityTracker.Update update = tracker.measured(late, state, Optional.of(V21), late.measuredAt());

        assertThat(update.state().value()).isEqualTo(0.995);
        assertThat(update.transition()).isEmpty();
    }

    @Test
    void evaluatesMeasurementsThatArrivedBeforeThePublication() {
        measure(0.97, null);
        assertThat(state.status()).isNull();

        List<QualityTracker.Update> updates = tracker.published(V21, List.of(state), V21.publishedAt());

        assertThat(updates).extracting(u -> u.state().kpi()).containsExactly("completeness", "freshness_minutes");
        assertThat(updates.get(0).transition())
                .get()
                .extracting(Transition::status)
                .isEqualTo(KpiStatus.FAILING);
        assertThat(updates.get(1).state().status()).as("no measurement yet").isNull();
    }

    @Test
    void marksAKpiStaleWhenNothingArrivedWithinItsWindowOnTheWallClock() {
        measure(0.995, V21);
        Instant measuredAt = state.measuredAt();

        assertThat(tracker.recheck(V21, state, measuredAt.plus(Duration.ofHours(23))))
                .isEmpty();
        QualityTracker.Update stale = tracker.recheck(V21, state, measuredAt.plus(Duration.ofHours(25)))
                .orElseThrow();

        assertThat(stale.transition()).get().extracting(Transition::status).isEqualTo(KpiStatus.STALE);
        assertThat(tracker.recheck(V21, stale.state(), measuredAt.plus(Duration.ofHours(26))))
                .isEmpty();
        KpiState freshness = KpiState.empty("top-10-customers", "2.1.0", "freshness_minutes");
        assertThat(tracker.recheck(V21, freshness, T0.plus(Duration.ofHours(3))))
                .as("2 h window, never measured")
                .isPresent();
    }

    @Test
    void scoresTheShareOfObjectivesPassing() {
        measure(0.995, V21);

        assertThat(QualityTracker.score(V21, List.of(state))).isEqualTo(0.5);
    }

    @Test
    void rejectsValuesThatWouldCorruptAScore() {
        MeasurementCheck check = new MeasurementCheck(Set.of("rows"));

        assertThat(check.problemWith("completeness", Double.NaN))
                .get()
                .asString()
                .contains("not a finite number");
        assertThat(check.problemWith("completeness", Double.POSITIVE_INFINITY)).isPresent();
        assertThat(check.problemWith("rows", -1)).get().asString().contains("is a count");
        assertThat(check.problemWith("null_count", -3)).isPresent();
        assertThat(check.problemWith("delta", -3)).isEmpty();
    }

    private void measure(double value, VersionInfo version) {
        measurements++;
        Measurement m = new Measurement(
                "m-" + measurements,
                "top-10-customers",
                "2.1.0",
                "completeness",
                value,
                T0.plus(Duration.ofMinutes(measurements)),
                "run-" + measurements);
        QualityTracker.Update update = tracker.measured(m, state, Optional.ofNullable(version), m.measuredAt());
        state = update.state();
        update.transition().ifPresent(announced::add);
    }
}
