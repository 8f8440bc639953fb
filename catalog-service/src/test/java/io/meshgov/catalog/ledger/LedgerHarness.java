package io.meshgov.catalog.ledger;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.QualityAlert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.GovernanceSettings;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.governance.avro.AvroOutputSchemas;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.VersionQuality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One product's state in memory, applying outcomes as the stream processor does (held events included: released when
 * their version is published, decided when {@link #expireHeld()} says their wait ran out), and recording its outputs.
 */
public final class LedgerHarness implements ProductState {

    private final CatalogLedger ledger;
    private Product product;
    private final Map<String, Registration> registrations = new LinkedHashMap<>();
    private final Map<String, Alert> alerts = new LinkedHashMap<>();
    private final Map<String, Violation> violations = new LinkedHashMap<>();
    private final Map<String, VersionQuality> quality = new LinkedHashMap<>();
    private final Map<String, AccessRequest> access = new LinkedHashMap<>();
    private final List<AccessRequest> grantsAnnounced = new ArrayList<>();
    private final List<Alert> announced = new ArrayList<>();
    private final List<QualityAlert> qualityAlerts = new ArrayList<>();
    private final List<CatalogEvent> accepted = new ArrayList<>();
    private final List<Outcome.Held> held = new ArrayList<>();

    public LedgerHarness(GovernanceSettings settings) {
        this.ledger = new CatalogLedger(new Governance(settings, new AvroOutputSchemas()));
    }

    public LedgerHarness() {
        this(GovernanceSettings.defaultsOnly());
    }

    public Outcome apply(CatalogEvent event) {
        Outcome outcome = record(ledger.apply(event, this));
        outcome.releases().forEach(this::release);
        return outcome;
    }

    /** Every held event decided now, as when the hold window has passed. */
    public void expireHeld() {
        List<Outcome.Held> due = List.copyOf(held);
        held.clear();
        due.forEach(h -> record(ledger.decide(h.event(), this)));
    }

    private void release(String awaited) {
        List<Outcome.Held> waiting =
                held.stream().filter(h -> h.awaitedVersion().equals(awaited)).toList();
        held.removeAll(waiting);
        waiting.forEach(h -> apply(h.event()));
    }

    private Outcome record(Outcome outcome) {
        if (outcome.product() != null) product = outcome.product();
        if (outcome.quality() != null) quality.put(outcome.quality().version(), outcome.quality());
        if (outcome.access() != null) {
            access.put(outcome.access().version() + "/" + outcome.access().requestId(), outcome.access());
            // as the processor does: a decision or an expiry is announced on mesh.access.grants
            if (outcome.access().state() != io.meshgov.catalog.access.AccessState.PENDING) {
                grantsAnnounced.add(outcome.access());
            }
        }
        outcome.registered().forEach(r -> registrations.put(r.version() + "/" + r.consumerId(), r));
        outcome.deregistered().forEach(r -> registrations.remove(r.version() + "/" + r.consumerId()));
        outcome.alerts().forEach(a -> alerts.put(a.version() + "/" + a.consumerId(), a));
        announced.addAll(outcome.announced());
        qualityAlerts.addAll(outcome.qualityAlerts());
        outcome.violations().forEach(v -> violations.putIfAbsent(v.violationId(), v));
        if (outcome.accepted() != null) accepted.add(outcome.accepted());
        if (outcome.held() != null) held.add(outcome.held());
        return outcome;
    }

    /** Events accepted so far, in the order they were applied. */
    public List<CatalogEvent> accepted() {
        return List.copyOf(accepted);
    }

    /** Events waiting for their version. */
    public List<Outcome.Held> held() {
        return List.copyOf(held);
    }

    public void applyAll(List<CatalogEvent> events) {
        events.forEach(this::apply);
    }

    public CatalogLedger ledger() {
        return ledger;
    }

    /** Every alert state change announced so far, in order. */
    public List<Alert> announced() {
        return List.copyOf(announced);
    }

    /** Every quality alert announced so far, in order. */
    public List<QualityAlert> qualityAlerts() {
        return List.copyOf(qualityAlerts);
    }

    public List<Alert> alerts() {
        return List.copyOf(alerts.values());
    }

    public List<Violation> violations() {
        return List.copyOf(violations.values());
    }

    @Override
    public Optional<VersionQuality> quality(String version) {
        return Optional.ofNullable(quality.get(version)).or(() -> product()
                .flatMap(p -> p.version(version))
                .map(v -> VersionQuality.unknown(product.id(), v.version())));
    }

    @Override
    public Optional<Product> product() {
        return Optional.ofNullable(product);
    }

    @Override
    public List<Registration> registrations(String version) {
        return registrations.values().stream()
                .filter(r -> r.version().equals(version))
                .toList();
    }

    @Override
    public Optional<Registration> registration(String version, String consumerId) {
        return Optional.ofNullable(registrations.get(version + "/" + consumerId));
    }

    @Override
    public List<Alert> alerts(String version) {
        return alerts.values().stream().filter(a -> a.version().equals(version)).toList();
    }

    /** The escalations and reminders a periodic check at {@code now} announces, applied. */
    public List<Alert> check(java.time.Instant now) {
        List<Alert> due = new ArrayList<>();
        for (Alert alert : List.copyOf(alerts.values())) {
            Optional<Alert> escalated = ledger.escalate(alert, now);
            escalated.ifPresent(due::add);
            ledger.remind(escalated.orElse(alert), now).ifPresent(due::add);
        }
        due.forEach(a -> alerts.put(a.version() + "/" + a.consumerId(), a));
        announced.addAll(due);
        return due;
    }

    /** The grants a periodic check at {@code now} ends, applied. */
    public List<AccessRequest> expireGrants(java.time.Instant now) {
        List<AccessRequest> ended = new ArrayList<>();
        for (AccessRequest grant : List.copyOf(access.values())) {
            ledger.expire(grant, this, now)
                    .ifPresent(outcome -> ended.add(record(outcome).access()));
        }
        return ended;
    }

    @Override
    public Optional<Alert> alert(String version, String consumerId) {
        return Optional.ofNullable(alerts.get(version + "/" + consumerId));
    }

    @Override
    public Optional<AccessRequest> access(String version, String requestId) {
        return Optional.ofNullable(access.get(version + "/" + requestId));
    }

    /** The requests' states announced on mesh.access.grants, in order (decisions and expiries). */
    public List<AccessRequest> grantsAnnounced() {
        return grantsAnnounced;
    }

    public List<AccessRequest> accessRequests() {
        return List.copyOf(access.values());
    }

    public List<Registration> registrations() {
        return List.copyOf(registrations.values());
    }
}
