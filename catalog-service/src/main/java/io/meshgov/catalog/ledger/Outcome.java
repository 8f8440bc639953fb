package io.meshgov.catalog.ledger;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.QualityAlert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.VersionQuality;
import java.util.ArrayList;
import java.util.List;

/**
 * What one event changes: the product (null when unchanged), an access request, a version's KPI statuses, registrations
 * added or removed,
 * alerts changed (and which of them announce a new state on the alert topic), quality alerts to consumers, and
 * violations when the event was
 * rejected; whether the event was accepted (applied: lineage and quality follow it), or is held while the version it
 * names is not published yet.
 */
public final class Outcome {

    private Product product;
    private AccessRequest access;
    private VersionQuality quality;
    private final List<Registration> registered = new ArrayList<>();
    private final List<Registration> deregistered = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<Alert> announced = new ArrayList<>();
    private final List<QualityAlert> qualityAlerts = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();
    private CatalogEvent accepted;
    private Held held;
    private final List<String> releases = new ArrayList<>();

    /** An event waiting for a version of its product to be published. */
    public record Held(CatalogEvent event, String awaitedVersion) {}

    static Outcome nothing() {
        return new Outcome();
    }

    static Outcome rejected(List<Violation> violations) {
        Outcome outcome = new Outcome();
        outcome.violations.addAll(violations);
        return outcome;
    }

    static Outcome held(CatalogEvent event, String awaitedVersion) {
        Outcome outcome = new Outcome();
        outcome.held = new Held(event, awaitedVersion);
        return outcome;
    }

    Outcome accept(CatalogEvent event) {
        this.accepted = event;
        return this;
    }

    /** Held events waiting for {@code awaited} may go now. */
    Outcome releases(String awaited) {
        releases.add(awaited);
        return this;
    }

    /** What the held events this outcome satisfies wait for (a published version, a consumer's alert). */
    public List<String> releases() {
        return releases;
    }

    Outcome product(Product product) {
        this.product = product;
        return this;
    }

    Outcome access(AccessRequest access) {
        this.access = access;
        return this;
    }

    Outcome quality(VersionQuality quality) {
        this.quality = quality;
        return this;
    }

    Outcome register(Registration registration) {
        registered.add(registration);
        return this;
    }

    Outcome deregister(Registration registration) {
        deregistered.add(registration);
        return this;
    }

    /** An alert change that alerting systems hear about. */
    Outcome announce(Alert alert) {
        alerts.add(alert);
        announced.add(alert);
        return this;
    }

    /** A quality alert to a consumer: announced only, never stored. */
    Outcome announce(QualityAlert alert) {
        qualityAlerts.add(alert);
        return this;
    }

    /** An alert change kept for migration tracking only. */
    Outcome record(Alert alert) {
        alerts.add(alert);
        return this;
    }

    public Product product() {
        return product;
    }

    /** An access request as it now is, when it was made, decided or expired (null otherwise). */
    public AccessRequest access() {
        return access;
    }

    /** A version's KPI statuses, when one changed (null otherwise). */
    public VersionQuality quality() {
        return quality;
    }

    public List<Registration> registered() {
        return registered;
    }

    public List<Registration> deregistered() {
        return deregistered;
    }

    public List<Alert> alerts() {
        return alerts;
    }

    public List<Alert> announced() {
        return announced;
    }

    public List<QualityAlert> qualityAlerts() {
        return qualityAlerts;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The event, when it was applied (null when it changed nothing, was rejected or is held). */
    public CatalogEvent accepted() {
        return accepted;
    }

    /** The event and the version it waits for, when it is held (null otherwise). */
    public Held held() {
        return held;
    }

    public boolean isEmpty() {
        return product == null
                && access == null
                && quality == null
                && registered.isEmpty()
                && deregistered.isEmpty()
                && alerts.isEmpty()
                && qualityAlerts.isEmpty()
                && violations.isEmpty()
                && held == null;
    }
}
