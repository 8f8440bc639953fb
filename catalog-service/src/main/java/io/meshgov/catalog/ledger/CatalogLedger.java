package io.meshgov.catalog.ledger;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.Deprecation;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.Retirement;
import io.meshgov.catalog.product.VersionStatus;
import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what an event does to a product. Events that repeat what is already true (an identical re-publication,
 * a redelivered registration) change nothing and emit nothing, so redelivery and replay are harmless; events that
 * break a policy are rejected whole; an event that names a version not published yet (a registration, or a
 * deprecation's replacement) waits for it, since the domains' topics are not ordered with each other.
 */
public final class CatalogLedger {

    private final Governance governance;
    private final CampaignLedger campaign;
    private final AccessLedger access;

    public CatalogLedger(Governance governance) {
        this.governance = governance;
        this.campaign = new CampaignLedger(governance);
        this.access = new AccessLedger(this);
    }

    /** Decides the event, or holds it while the version it names is not published yet. */
    public Outcome apply(CatalogEvent event, ProductState state) {
        if (event instanceof CatalogEvent.QualityChanged e) return QualityLedger.changed(e, state);
        if (changesNothing(event, state)) return Outcome.nothing();
        Optional<String> awaited = awaitedVersion(event, state);
        if (awaited.isPresent()) return Outcome.held(event, awaited.get());
        return decide(event, state);
    }

    /** Decides the event now, holding nothing: for an event whose wait for its version ran out. */
    public Outcome decide(CatalogEvent event, ProductState state) {
        // quality-service's verdicts are the platform's facts, not a domain's act: no policy governs them
        if (event instanceof CatalogEvent.QualityChanged e) return QualityLedger.changed(e, state);
        if (changesNothing(event, state)) return Outcome.nothing();
        List<Violation> violations = governance.check(event, state);
        if (!violations.isEmpty()) return Outcome.rejected(violations);
        Outcome outcome;
        if (event instanceof CatalogEvent.Published e) outcome = published(e, state);
        else if (event instanceof CatalogEvent.Deprecated e) outcome = deprecated(e, state);
        else if (event instanceof CatalogEvent.Retired e) outcome = retired(e, state);
        else if (event instanceof CatalogEvent.Registered e) outcome = registered(e, state);
        else if (event instanceof CatalogEvent.SunsetExtended e) outcome = campaign.sunsetExtended(e, state);
        else if (event instanceof CatalogEvent.KeptInService e) outcome = campaign.keptInService(e, state);
        else if (event instanceof CatalogEvent.Answered e) outcome = campaign.answered(e, state);
        else if (event instanceof CatalogEvent.AccessRequested e) outcome = access.requested(e, state);
        else if (event instanceof CatalogEvent.AccessDecided e) outcome = access.decided(e, state);
        else outcome = deregistered((CatalogEvent.Deregistered) event, state);
        if (event instanceof CatalogEvent.Published) outcome.releases(full(event.version()));
        if (event instanceof CatalogEvent.Deprecated || event instanceof CatalogEvent.Registered) {
            outcome.releases(CampaignLedger.alertOf(event.version()));
        }
        return outcome.accept(event);
    }

    /**
     * The version an event waits for: a registration to a version not published yet, a deprecation of a published
     * version naming a replacement not published yet, or an answer to a deprecation that has no alert for its
     * consumer yet ({@link CampaignLedger#alertOf}: the deprecation or the registration is on another topic, perhaps read later).
     * Everything else is decided at once (a product's own events travel in order on its owner's topic).
     */
    private static Optional<String> awaitedVersion(CatalogEvent event, ProductState state) {
        if (event instanceof CatalogEvent.AccessRequested e && SemanticVersion.isValid(e.version())) {
            return unpublished(state, e.version());
        }
        if (event instanceof CatalogEvent.AccessDecided e && SemanticVersion.isValid(e.version())) {
            return unpublished(state, e.version()).or(() -> AccessLedger.decisionWaits(e, state));
        }
        if (event instanceof CatalogEvent.Answered e && SemanticVersion.isValid(e.version())) {
            return unpublished(state, e.version()).or(() -> CampaignLedger.answerWaits(e, state));
        }
        if (event instanceof CatalogEvent.Registered e && SemanticVersion.isValid(e.version())) {
            return unpublished(state, e.version());
        }
        if (event instanceof CatalogEvent.Deprecated e
                && SemanticVersion.isValid(e.version())
                && e.replacementVersion() != null
                && SemanticVersion.isValid(e.replacementVersion())
                && state.product().flatMap(p -> p.version(e.version())).isPresent()) {
            return unpublished(state, e.replacementVersion());
        }
        return Optional.empty();
    }

    private static Optional<String> unpublished(ProductState state, String version) {
        boolean published = state.product().flatMap(p -> p.version(version)).isPresent();
        return published ? Optional.empty() : Optional.of(full(version));
    }

    /**
     * An OPEN alert whose sunset is within the owning domain's escalation window becomes ESCALATED, stamped with the
     * moment it became due (sunset minus window, or when it opened if later), not the moment the periodic check ran:
     * a replay, a restarted instance and the first run stamp it alike.
     */
    public Optional<Alert> escalate(Alert alert, Instant now) {
        if (alert.state() != AlertState.OPEN) return Optional.empty();
        var window = governance.settings().rulesFor(alert.ownerDomain()).escalationWindow();
        if (!alert.sunsetWithin(window, now)) return Optional.empty();
        Instant due = alert.sunsetAt().minus(window);
        return Optional.of(alert.moveTo(
                AlertState.ESCALATED,
                "sunset " + alert.sunsetAt() + " of " + alert.productId()
                        + " " + alert.version() + " is within " + window.toDays() + " days and " + alert.consumerId()
                        + " has not migrated",
                due.isAfter(alert.updatedAt()) ? due : alert.updatedAt()));
    }

    /** An approved grant whose end has come: it expires and the registration it made ends ({@link AccessLedger}). */
    public Optional<Outcome> expire(AccessRequest grant, ProductState state, Instant now) {
        return grant.expiresBy(now) ? Optional.of(access.expired(grant, state)) : Optional.empty();
    }

    /** A reminder to a consumer that has neither answered nor migrated, when one is due ({@link CampaignLedger}). */
    public Optional<Alert> remind(Alert alert, Instant now) {
        return campaign.remind(alert, now);
    }

    private static boolean changesNothing(CatalogEvent event, ProductState state) {
        if (event.version() == null || !SemanticVersion.isValid(event.version())) return false;
        String version = full(event.version());
        Optional<ProductVersion> existing = state.product().flatMap(p -> p.version(version));
        if (event instanceof CatalogEvent.Published e) {
            return existing.map(v -> v.spec().equals(e.spec())).orElse(false);
        }
        if (event instanceof CatalogEvent.Deprecated e) {
            return existing.map(ProductVersion::deprecation)
                    .filter(d -> existing.get().status() == VersionStatus.DEPRECATED)
                    .map(d -> d.reason().equals(e.reason())
                            && d.sunsetAt().equals(e.sunsetAt())
                            && Objects.equals(d.replacementVersion(), fullOrNull(e.replacementVersion())))
                    .orElse(false);
        }
        if (event instanceof CatalogEvent.Retired) {
            return existing.map(v -> v.status() == VersionStatus.RETIRED).orElse(false);
        }
        if (event instanceof CatalogEvent.SunsetExtended e) {
            return existing.filter(v -> v.status() == VersionStatus.DEPRECATED)
                    .map(v -> v.deprecation().sunsetAt().equals(e.sunsetAt()))
                    .orElse(false);
        }
        if (event instanceof CatalogEvent.KeptInService) {
            return existing.filter(v -> v.status() == VersionStatus.ACTIVE && v.deprecation() != null)
                    .map(v -> v.deprecation().withdrawnAt() != null)
                    .orElse(false);
        }
        if (event instanceof CatalogEvent.Answered e) return CampaignLedger.changesNothing(e, state, version);
        if (event instanceof CatalogEvent.AccessRequested || event instanceof CatalogEvent.AccessDecided) {
            return AccessLedger.changesNothing(event, state, version);
        }
        if (event instanceof CatalogEvent.Registered e) {
            return isRegistered(state, version, e.registration().consumerId());
        }
        CatalogEvent.Deregistered e = (CatalogEvent.Deregistered) event;
        return !isRegistered(state, version, e.consumerId());
    }

    private Outcome published(CatalogEvent.Published e, ProductState state) {
        ProductVersion version = ProductVersion.published(
                e.spec(), e.source().occurredAt(), e.source().eventId());
        Product product = state.product()
                .map(p -> p.with(version))
                .orElseGet(() -> Product.firstPublished(e.source().domain(), version));
        return Outcome.nothing().product(product);
    }

    private Outcome deprecated(CatalogEvent.Deprecated e, ProductState state) {
        Product product = state.product().orElseThrow();
        ProductVersion version = product.version(e.version()).orElseThrow();
        Deprecation deprecation = new Deprecation(
                e.reason(),
                e.sunsetAt(),
                fullOrNull(e.replacementVersion()),
                e.source().occurredAt());
        ProductVersion deprecatedVersion = version.deprecated(deprecation);
        Outcome outcome = Outcome.nothing().product(product.with(deprecatedVersion));
        Instant at = e.source().occurredAt();
        for (Registration consumer : state.registrations(version.version())) {
            Alert alert =
                    open(product, deprecatedVersion, consumer, state.alert(version.version(), consumer.consumerId()));
            Optional<Registration> newer = newerRegistration(state, consumer.consumerId(), version.semver());
            if (newer.isEmpty()) {
                outcome.announce(alert);
            } else if (newer.get().since().isBefore(at)) {
                outcome.record(alert.resolve(
                        "already consuming " + newer.get().version() + " when " + version.version() + " was deprecated",
                        true,
                        at));
            } else {
                // it moved after the deprecation by the events' own times: the same announcements as in that order
                outcome.announce(alert);
                outcome.announce(alert.resolve(
                        migrated(consumer.consumerId(), newer.get().version()),
                        true,
                        newer.get().since()));
            }
        }
        return outcome;
    }

    private Outcome retired(CatalogEvent.Retired e, ProductState state) {
        Product product = state.product().orElseThrow();
        ProductVersion version = product.version(e.version()).orElseThrow();
        return Outcome.nothing()
                .product(product.with(
                        version.retired(new Retirement(e.reason(), e.source().occurredAt()))));
    }

    Outcome registered(CatalogEvent.Registered e, ProductState state) {
        Product product = state.product().orElseThrow();
        ProductVersion version = product.version(e.version()).orElseThrow();
        Registration r = e.registration();
        Registration registration = new Registration(
                r.consumerId(),
                r.kind(),
                e.source().domain(),
                r.productId(),
                version.version(),
                r.purpose(),
                r.contact(),
                e.source().occurredAt());
        Outcome outcome = Outcome.nothing().register(registration);
        Instant at = e.source().occurredAt();
        if (state.registration(version.version(), r.consumerId()).isEmpty()) {
            QualityLedger.registered(registration, product.domain(), state, outcome);
        }
        if (version.status() == VersionStatus.DEPRECATED) {
            Optional<Alert> existing = state.alert(version.version(), r.consumerId());
            if (existing.isEmpty() || !existing.get().state().isPending()) {
                outcome.announce(open(product, version, registration, existing));
            }
        }
        for (Alert alert : state.alertsOf(r.consumerId())) {
            if (alert.state().isPending()
                    && SemanticVersion.parse(alert.version()).compareTo(version.semver()) < 0) {
                outcome.announce(alert.resolve(migrated(r.consumerId(), version.version()), true, at));
            }
        }
        return outcome;
    }

    Outcome deregistered(CatalogEvent.Deregistered e, ProductState state) {
        String version = full(e.version());
        Registration registration = state.registration(version, e.consumerId()).orElseThrow();
        Outcome outcome = Outcome.nothing().deregister(registration);
        state.alert(version, e.consumerId())
                .filter(alert -> alert.state().isPending())
                .ifPresent(alert -> outcome.announce(alert.resolve(
                        e.consumerId() + " deregistered from " + version,
                        false,
                        e.source().occurredAt())));
        QualityLedger.deregistered(
                registration, state.product().orElseThrow().domain(), e.source().occurredAt(), state, outcome);
        return outcome;
    }

    static String migrated(String consumerId, String version) {
        return consumerId + " migrated to " + version;
    }

    /**
     * An alert opens when both facts hold, by the events' own times (the later of the deprecation and the
     * registration), so that it reads the same whichever of the two the catalog happened to read first.
     */
    private static Alert open(Product product, ProductVersion version, Registration consumer, Optional<Alert> earlier) {
        Deprecation d = version.deprecation();
        Instant at = d.deprecatedAt().isAfter(consumer.since()) ? d.deprecatedAt() : consumer.since();
        String why = openReason(product, version, consumer);
        if (earlier.isPresent()) return earlier.get().reopen(why, d.sunsetAt(), d.replacementVersion(), at);
        return Alert.opened(
                product.id(),
                version.version(),
                consumer.consumerId(),
                consumer.domain(),
                product.domain(),
                consumer.contact(),
                d.sunsetAt(),
                d.replacementVersion(),
                why,
                at);
    }

    private static String openReason(Product product, ProductVersion version, Registration consumer) {
        Deprecation d = version.deprecation();
        return consumer.consumerId() + " consumes " + product.id() + " " + version.version() + ", deprecated ("
                + d.reason() + "); sunset " + d.sunsetAt()
                + (d.replacementVersion() == null ? "" : "; migrate to " + d.replacementVersion());
    }

    private static Optional<Registration> newerRegistration(
            ProductState state, String consumerId, SemanticVersion than) {
        return state.registrationsOf(consumerId).stream()
                .filter(r -> SemanticVersion.parse(r.version()).compareTo(than) > 0)
                .findFirst();
    }

    private static boolean isRegistered(ProductState state, String version, String consumerId) {
        return state.registration(version, consumerId).isPresent();
    }

    static String full(String version) {
        return SemanticVersion.parse(version).toString();
    }

    private static String fullOrNull(String version) {
        return version == null || !SemanticVersion.isValid(version) ? version : full(version);
    }
}
