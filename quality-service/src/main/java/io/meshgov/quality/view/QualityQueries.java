package io.meshgov.quality.view;

import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.Visibility;
import io.meshgov.kit.web.NotFound;
import io.meshgov.kit.web.Page;
import io.meshgov.quality.slo.KpiStatus;
import io.meshgov.quality.slo.Objective;
import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.KpiState;
import io.meshgov.quality.tracking.QualityTracker;
import io.meshgov.quality.tracking.VersionInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Answers the quality API from the read model. Parameters arrive validated by the web layer. */
public final class QualityQueries {

    public record Kpi(
            String kpi, Double latestValue, Instant measuredAt, String runId, Objective objective, KpiStatus status) {}

    public record VersionQuality(
            String productId, String version, String domain, String lifecycle, Double score, List<Kpi> kpis) {}

    public record Bucket(Instant start, long count, double min, double max, double mean, double last) {}

    public record History(
            String productId, String version, String kpi, Instant from, Instant to, List<Bucket> buckets) {}

    public record Comparison(
            String productId, List<String> versions, Map<String, Map<String, Kpi>> kpis, Map<String, Double> scores) {}

    public record Breach(String productId, String version, String domain, List<Kpi> breaching) {}

    private final QualityReadModel model;

    public QualityQueries(QualityReadModel model) {
        this.model = model;
    }

    /** A version's quality: 403 if its classification hides it from the caller. */
    public VersionQuality version(Caller caller, String productId, String version) {
        VersionInfo info = visible(caller, productId, version);
        List<KpiState> states = model.kpis(productId, version);
        return new VersionQuality(
                productId,
                version,
                info.domain(),
                info.status(),
                QualityTracker.score(info, states),
                states.stream().map(s -> kpi(info, s)).toList());
    }

    public History history(Caller caller, String productId, String version, String kpi, Instant from, Instant to) {
        visible(caller, productId, version);
        List<Bucket> buckets = model.history(productId, version, kpi).stream()
                .filter(b -> !b.start().isBefore(HourlyBucket.hourOf(from))
                        && b.start().isBefore(to))
                .map(b -> new Bucket(b.start(), b.count(), b.min(), b.max(), b.mean(), b.last()))
                .toList();
        return new History(productId, version, kpi, from, to, buckets);
    }

    public Comparison compare(Caller caller, String productId, List<String> versions) {
        Map<String, Map<String, Kpi>> byKpi = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        TreeSet<String> names = new TreeSet<>();
        Map<String, VersionQuality> each = new LinkedHashMap<>();
        for (String v : versions) {
            VersionQuality q = version(caller, productId, v);
            each.put(v, q);
            scores.put(v, q.score());
            q.kpis().forEach(k -> names.add(k.kpi()));
        }
        for (String name : names) {
            Map<String, Kpi> row = new LinkedHashMap<>();
            each.forEach((v, q) -> q.kpis().stream()
                    .filter(k -> k.kpi().equals(name))
                    .findFirst()
                    .ifPresent(k -> row.put(v, k)));
            byKpi.put(name, row);
        }
        return new Comparison(productId, versions, byKpi, scores);
    }

    /**
     * A page of the versions breaching an objective now, by product and version, less those whose classification
     * hides them from the caller.
     */
    public Page<Breach> breaches(Caller caller, String domain, int page, int size) {
        return Page.slice(breaching(caller, domain), page, size);
    }

    private List<Breach> breaching(Caller caller, String domain) {
        return model.versions().stream()
                .filter(v -> domain == null || v.domain().equals(domain))
                .filter(v -> Visibility.maySee(caller, v.classification(), v.domain()))
                .filter(v -> !"RETIRED".equals(v.status()))
                .map(v -> new Breach(
                        v.productId(),
                        v.version(),
                        v.domain(),
                        model.kpis(v.productId(), v.version()).stream()
                                .filter(s -> s.status() == KpiStatus.FAILING || s.status() == KpiStatus.STALE)
                                .map(s -> kpi(v, s))
                                .toList()))
                .filter(b -> !b.breaching().isEmpty())
                .toList();
    }

    private VersionInfo visible(Caller caller, String productId, String version) {
        VersionInfo info = model.version(productId, version).orElseThrow(() -> NotFound.version(productId, version));
        Visibility.require(caller, info.classification(), info.domain(), productId + " " + version);
        return info;
    }

    private static Kpi kpi(VersionInfo info, KpiState s) {
        return new Kpi(
                s.kpi(),
                s.value(),
                s.measuredAt(),
                s.runId(),
                info.objective(s.kpi()).orElse(null),
                s.status());
    }
}
