package io.meshgov.catalog.ledger;

import static io.meshgov.catalog.ledger.CatalogLedger.full;

import io.meshgov.catalog.alert.QualityAlert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.product.VersionQuality.Breach;
import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;

/**
 * Quality-service's verdicts kept per version, and what they tell the version's consumers: when a KPI turns FAILING or
 * STALE, each consumer registered to that version gets one alert, resolved when the KPI passes again (or has no
 * objective any more) or when the consumer leaves the version; a consumer registering while a breach lasts is told at
 * once. Nobody else is alerted: not the consumers of the product's other versions, not the owner (it has the KPI).
 */
final class QualityLedger {

    private QualityLedger() {}

    /**
     * A new status of a published version's KPI. A repeated one, one not later than the status applied (a replay of
     * quality-service's transitions would otherwise flip a KPI back and forth and alert its consumers again), or one
     * of an unknown version changes nothing.
     */
    static Outcome changed(CatalogEvent.QualityChanged e, ProductState state) {
        if (e.version() == null || !SemanticVersion.isValid(e.version())) return Outcome.nothing();
        VersionQuality before = state.quality(full(e.version())).orElse(null);
        if (before == null
                || e.status().equals(before.byKpi().get(e.kpi()))
                || !before.isNewer(e.kpi(), e.source().occurredAt())) return Outcome.nothing();
        VersionQuality after = before.with(
                e.kpi(), e.status(), e.source().eventId(), e.source().occurredAt());
        Outcome outcome = Outcome.nothing().quality(after);
        Breach was = before.breaches().get(e.kpi());
        Breach is = after.breaches().get(e.kpi());
        if ((was == null) == (is == null)) return outcome; // no breach, or the same one going on (FAILING to STALE)
        String owner = state.product().orElseThrow().domain();
        for (Registration consumer : state.registrations(after.version())) {
            outcome.announce(
                    is != null
                            ? QualityAlert.open(owner, consumer, e.kpi(), e.status(), is)
                            : QualityAlert.resolved(
                                    owner,
                                    consumer,
                                    e.kpi(),
                                    e.status(),
                                    was,
                                    e.source().occurredAt(),
                                    e.kpi() + " of " + after.productId() + " " + after.version() + " is " + e.status()
                                            + " again"));
        }
        return outcome;
    }

    /** A consumer new to a version: an alert for each breach in progress there. */
    static void registered(Registration consumer, String owner, ProductState state, Outcome outcome) {
        VersionQuality quality = state.quality(consumer.version()).orElse(null);
        if (quality == null) return;
        quality.breaches()
                .forEach((kpi, breach) -> outcome.announce(
                        QualityAlert.open(owner, consumer, kpi, quality.byKpi().get(kpi), breach)));
    }

    /** A consumer that left a version: its alerts there resolved. */
    static void deregistered(Registration consumer, String owner, Instant at, ProductState state, Outcome outcome) {
        VersionQuality quality = state.quality(consumer.version()).orElse(null);
        if (quality == null) return;
        quality.breaches()
                .forEach((kpi, breach) -> outcome.announce(QualityAlert.resolved(
                        owner,
                        consumer,
                        kpi,
                        quality.byKpi().get(kpi),
                        breach,
                        at,
                        consumer.consumerId() + " deregistered from " + consumer.version())));
    }
}
