package io.meshgov.quality.tracking;

import io.meshgov.quality.slo.KpiStatus;
import io.meshgov.quality.slo.Objective;
import io.meshgov.quality.slo.StalenessWindows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what a measurement, a publication or the passing of time does to a version's KPIs. Events are judged on
 * their values alone, so a replay decides as the first run did; only staleness looks at the wall clock.
 */
public final class QualityTracker {

    /** A KPI's new state, and the status change it announces if any. */
    public record Update(KpiState state, Optional<Transition> transition) {}

    private final StalenessWindows windows;

    public QualityTracker(StalenessWindows windows) {
        this.windows = windows;
    }

    /** The latest value moves only forward in time; a late measurement changes history, not the status. */
    public Update measured(Measurement m, KpiState state, Optional<VersionInfo> version, Instant at) {
        if (!state.isOlderThan(m)) return new Update(state, Optional.empty());
        KpiState latest = state.latest(m);
        return version.map(v -> judge(v, latest, statusOf(v, latest), at)).orElse(new Update(latest, Optional.empty()));
    }

    /** A version was published: every KPI measured before it, and every objective, gets its first status. */
    public List<Update> published(VersionInfo version, List<KpiState> known, Instant at) {
        List<Update> updates = new ArrayList<>();
        for (KpiState state : known) updates.add(judge(version, state, statusOf(version, state), at));
        for (Objective objective : version.objectives()) {
            if (known.stream().noneMatch(s -> s.kpi().equals(objective.kpi()))) {
                updates.add(new Update(
                        KpiState.empty(version.productId(), version.version(), objective.kpi()), Optional.empty()));
            }
        }
        return updates;
    }

    /** Wall-clock check: a KPI with an objective and nothing measured within its window becomes STALE. */
    public Optional<Update> recheck(VersionInfo version, KpiState state, Instant now) {
        if ("RETIRED".equals(version.status()) || state.status() == KpiStatus.STALE) return Optional.empty();
        if (version.objective(state.kpi()).isEmpty()) return Optional.empty();
        Instant since = state.measuredAt() != null ? state.measuredAt() : version.publishedAt();
        if (!since.plus(windows.of(state.kpi())).isBefore(now)) return Optional.empty();
        return Optional.of(judge(version, state, KpiStatus.STALE, now));
    }

    /** Share of the version's objectives that are PASSING; null without objectives. */
    public static Double score(VersionInfo version, List<KpiState> states) {
        if (version.objectives().isEmpty()) return null;
        long passing = version.objectives().stream()
                .filter(o -> states.stream().anyMatch(s -> s.kpi().equals(o.kpi()) && s.status() == KpiStatus.PASSING))
                .count();
        return (double) passing / version.objectives().size();
    }

    private static KpiStatus statusOf(VersionInfo version, KpiState state) {
        if (state.value() == null) return null;
        return version.objective(state.kpi())
                .map(o -> o.isMetBy(state.value()) ? KpiStatus.PASSING : KpiStatus.FAILING)
                .orElse(KpiStatus.NO_OBJECTIVE);
    }

    private static Update judge(VersionInfo version, KpiState state, KpiStatus status, Instant at) {
        if (status == null || status == state.status()) return new Update(state, Optional.empty());
        Double threshold =
                version.objective(state.kpi()).map(Objective::threshold).orElse(null);
        Transition transition = new Transition(
                version.productId(),
                version.version(),
                version.domain(),
                state.kpi(),
                state.status(),
                status,
                state.value(),
                threshold,
                state.measuredAt(),
                at);
        return new Update(state.withStatus(status), Optional.of(transition));
    }
}
