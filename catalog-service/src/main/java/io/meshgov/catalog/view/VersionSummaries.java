package io.meshgov.catalog.view;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.Answer;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.product.Deprecation;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.view.Responses.DeprecationInfo;
import io.meshgov.catalog.view.Responses.KpiBreach;
import io.meshgov.catalog.view.Responses.Migration;
import io.meshgov.catalog.view.Responses.VersionConsumer;
import io.meshgov.catalog.view.Responses.VersionDetails;
import io.meshgov.catalog.view.Responses.VersionSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A version as the API shows it, with consumers, days to sunset and migration, computed at query time. */
final class VersionSummaries {

    private final CatalogReadModel model;
    private final Clock clock;

    VersionSummaries(CatalogReadModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    VersionSummary of(ProductVersion v, long consumers, VersionQuality quality) {
        var spec = v.spec();
        return new VersionSummary(
                v.version(),
                spec.version(),
                v.status(),
                spec.name(),
                spec.definition(),
                spec.owner(),
                spec.codeRepository(),
                spec.codeCommit(),
                spec.endpoint(),
                spec.inputs(),
                spec.objectives(),
                spec.tags(),
                spec.classification(),
                spec.outputSchema(),
                v.publishedAt(),
                (int) consumers,
                quality == null ? null : quality.worst(),
                quality == null ? Map.of() : quality.byKpi(),
                breaches(quality),
                deprecation(v.deprecation()),
                v.retirement());
    }

    /** The KPIs of a version in breach, by name. */
    static List<KpiBreach> breaches(VersionQuality quality) {
        if (quality == null) return List.of();
        return quality.breaches().entrySet().stream()
                .map(b -> new KpiBreach(
                        b.getKey(),
                        quality.byKpi().get(b.getKey()),
                        b.getValue().since()))
                .toList();
    }

    VersionDetails details(Product p, ProductVersion v) {
        List<Registration> registrations = model.registrations(p.id(), v.version());
        Map<String, Alert> alerts = model.alerts(p.id(), v.version()).stream()
                .collect(Collectors.toMap(Alert::consumerId, Function.identity()));
        List<VersionConsumer> consumers = registrations.stream()
                .map(r -> new VersionConsumer(
                        r.consumerId(),
                        r.kind(),
                        r.domain(),
                        r.purpose(),
                        r.contact(),
                        r.since(),
                        alerts.containsKey(r.consumerId())
                                ? alerts.get(r.consumerId()).state()
                                : null,
                        answerOf(alerts.get(r.consumerId()), Answer::kind),
                        answerOf(alerts.get(r.consumerId()), Answer::answeredAt)))
                .toList();
        Migration migration = !inForce(v.deprecation())
                ? null
                : new Migration(
                        daysToSunset(v.deprecation()),
                        alerts.values().stream()
                                .filter(Alert::migrated)
                                .map(Alert::consumerId)
                                .sorted()
                                .toList(),
                        alerts.values().stream()
                                .filter(a -> a.state().isPending())
                                .map(Alert::consumerId)
                                .sorted()
                                .toList());
        VersionQuality quality = model.quality(p.id(), v.version()).orElse(null);
        return new VersionDetails(p.id(), of(v, registrations.size(), quality), consumers, migration);
    }

    String warning(ProductVersion v) {
        Deprecation d = v.deprecation();
        if (!inForce(d)) return v.version() + " is " + v.status();
        return v.version() + " is " + v.status() + ": " + d.reason() + "; sunset " + d.sunsetAt() + " ("
                + daysToSunset(d) + " days)"
                + (d.replacementVersion() == null ? "" : "; migrate to " + d.replacementVersion());
    }

    private DeprecationInfo deprecation(Deprecation d) {
        return d == null
                ? null
                : new DeprecationInfo(
                        d.reason(),
                        d.sunsetAt(),
                        d.replacementVersion(),
                        d.deprecatedAt(),
                        daysToSunset(d),
                        d.firstSunsetAt(),
                        d.extendedAt(),
                        d.withdrawnAt(),
                        d.withdrawnReason());
    }

    /** A deprecation the owner has not withdrawn. */
    private static boolean inForce(Deprecation d) {
        return d != null && d.withdrawnAt() == null;
    }

    private static <T> T answerOf(Alert alert, java.util.function.Function<Answer, T> part) {
        return alert == null || alert.answer() == null ? null : part.apply(alert.answer());
    }

    private long daysToSunset(Deprecation d) {
        return Duration.between(clock.instant(), d.sunsetAt()).toDays();
    }
}
