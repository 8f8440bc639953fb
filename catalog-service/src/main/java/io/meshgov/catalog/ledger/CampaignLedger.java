package io.meshgov.catalog.ledger;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.Answer;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The deprecation campaign's part of the ledger: consumers' answers, the owner's decisions about a deprecation (a
 * moved sunset, a withdrawal) and reminders to silent consumers. {@link CatalogLedger} checks the policies and
 * dispatches here.
 */
final class CampaignLedger {

    private final Governance governance;

    CampaignLedger(Governance governance) {
        this.governance = governance;
    }

    /** What an answer waits for: an alert of its consumer on the version (released by {@link Outcome#releases()}). */
    static String alertOf(String version) {
        return full(version) + " alert";
    }

    /**
     * An answer waits for an alert of its consumer on the version while there is none, or while the only one is over,
     * the version is not deprecated and the answer came after it (a deprecation again, on the owner's topic, not read
     * yet): released by {@link Outcome#releases()} when a deprecation or a registration opens one.
     */
    static Optional<String> answerWaits(CatalogEvent.Answered e, ProductState state) {
        String version = full(e.version());
        Optional<Alert> alert = state.alert(version, e.consumerId());
        boolean deprecated = state.product()
                .flatMap(p -> p.version(version))
                .map(v -> v.status() == VersionStatus.DEPRECATED)
                .orElse(false);
        boolean waits = alert.isEmpty()
                || !alert.get().state().isPending()
                        && !deprecated
                        && e.source().occurredAt().isAfter(alert.get().updatedAt());
        return waits ? Optional.of(alertOf(version)) : Optional.empty();
    }

    /**
     * A repeated answer, an older one read late, or one given after the alert was over or before it opened; not one
     * that waits for a deprecation again.
     */
    static boolean changesNothing(CatalogEvent.Answered e, ProductState state, String version) {
        Instant at = e.source().occurredAt();
        if (answerWaits(e, state).isPresent()) return false;
        return state.alert(version, e.consumerId())
                .map(alert -> !alert.state().isPending() && !at.isBefore(alert.updatedAt())
                        || at.isBefore(alert.openedAt())
                        || alert.answer() != null
                                && (alert.answer().sameAs(e.answer(), e.plannedAt(), e.reason())
                                        || !answerOf(e).supersedes(alert.answer())))
                .orElse(false);
    }

    /**
     * A reminder to a consumer that has neither answered nor migrated, at the owning domain's reminder points before
     * the sunset (default 14 and 3 days): once per point and sunset, stamped with the moment it became due. Points that
     * fell before the alert opened are not reminded (the opening told the consumer); when several are due at once
     * (the service was down), only the nearest is sent; none after the sunset.
     */
    Optional<Alert> remind(Alert alert, Instant now) {
        if (!alert.silent() || !now.isBefore(alert.sunsetAt())) return Optional.empty();
        Optional<Duration> nearest = governance.settings().rulesFor(alert.ownerDomain()).reminders().stream()
                .filter(point -> alert.sunsetAt().minus(point).isAfter(alert.openedAt()))
                .filter(point -> !alert.sunsetAt().minus(point).isAfter(now))
                .min(Duration::compareTo);
        if (nearest.isEmpty()) return Optional.empty();
        int days = (int) nearest.get().toDays();
        if (alert.remindedDaysBefore() != null && days >= alert.remindedDaysBefore()) return Optional.empty();
        return Optional.of(alert.reminded(
                days,
                "reminder: sunset " + alert.sunsetAt() + " of " + alert.productId() + " " + alert.version() + " is "
                        + days + " days away and " + alert.consumerId() + " has neither answered nor migrated",
                alert.sunsetAt().minus(nearest.get())));
    }

    /**
     * Every alert of the version follows the sunset, the pending ones announced (escalated ones whose window moved away
     * are OPEN again), the resolved ones quietly.
     */
    Outcome sunsetExtended(CatalogEvent.SunsetExtended e, ProductState state) {
        Product product = state.product().orElseThrow();
        ProductVersion version = product.version(e.version()).orElseThrow();
        Instant at = e.source().occurredAt();
        Duration window = governance.settings().rulesFor(product.domain()).escalationWindow();
        Outcome outcome = Outcome.nothing().product(product.with(version.sunsetExtended(e.sunsetAt(), at)));
        for (Alert alert : state.alerts(version.version())) {
            if (!alert.state().isPending()) {
                outcome.record(alert.withSunset(e.sunsetAt()));
                continue;
            }
            outcome.announce(alert.sunsetMovedTo(
                    e.sunsetAt(),
                    window,
                    passedPoint(product.domain(), e.sunsetAt(), at),
                    product.domain() + " moved the sunset of " + product.id() + " " + version.version() + " from "
                            + alert.sunsetAt() + " to " + e.sunsetAt() + ": " + e.reason(),
                    at));
        }
        return outcome;
    }

    /** The nearest reminder point of {@code sunset} already past at {@code at} (null if none). */
    private Integer passedPoint(String ownerDomain, Instant sunset, Instant at) {
        return governance.settings().rulesFor(ownerDomain).reminders().stream()
                .filter(point -> !sunset.minus(point).isAfter(at))
                .min(Duration::compareTo)
                .map(point -> (int) point.toDays())
                .orElse(null);
    }

    /** The version is ACTIVE again; its consumers' pending alerts resolve with the owner's reason. */
    Outcome keptInService(CatalogEvent.KeptInService e, ProductState state) {
        Product product = state.product().orElseThrow();
        ProductVersion version = product.version(e.version()).orElseThrow();
        Instant at = e.source().occurredAt();
        Outcome outcome = Outcome.nothing().product(product.with(version.keptInService(e.reason(), at)));
        for (Alert alert : state.alerts(version.version())) {
            if (!alert.state().isPending()) continue;
            outcome.announce(alert.resolve(
                    product.domain() + " keeps serving " + product.id() + " " + version.version() + ": " + e.reason(),
                    false,
                    at));
        }
        return outcome;
    }

    Outcome answered(CatalogEvent.Answered e, ProductState state) {
        Alert alert = state.alert(full(e.version()), e.consumerId()).orElseThrow();
        Answer answer = answerOf(e);
        // given while the alert was pending, read after it resolved (the migration was on another topic, read first)
        if (!alert.state().isPending()) return Outcome.nothing().record(alert.withAnswer(answer));
        Boolean onTime = answer.plannedBefore(alert.sunsetAt());
        String why = e.consumerId() + " answered " + answer.kind()
                + (answer.plannedAt() == null ? "" : " for " + answer.plannedAt())
                + (onTime == null
                        ? ""
                        : onTime ? " (before the sunset)" : " (after the sunset " + alert.sunsetAt() + ")")
                + (answer.reason() == null ? "" : ": " + answer.reason());
        return Outcome.nothing().announce(alert.answered(answer, why));
    }

    private static Answer answerOf(CatalogEvent.Answered e) {
        return new Answer(
                e.answer(),
                e.plannedAt(),
                e.reason(),
                e.source().occurredAt(),
                e.source().eventId());
    }

    private static String full(String version) {
        return CatalogLedger.full(version);
    }
}
