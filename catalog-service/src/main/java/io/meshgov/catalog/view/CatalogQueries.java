package io.meshgov.catalog.view;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.access.AccessState;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.product.VersionStatus;
import io.meshgov.catalog.view.Responses.ConsumerDetails;
import io.meshgov.catalog.view.Responses.Consumption;
import io.meshgov.catalog.view.Responses.ListedOnly;
import io.meshgov.catalog.view.Responses.ListedVersion;
import io.meshgov.catalog.view.Responses.ProductDetails;
import io.meshgov.catalog.view.Responses.ProductEntry;
import io.meshgov.catalog.view.Responses.ProductSummary;
import io.meshgov.catalog.view.Responses.VersionDetails;
import io.meshgov.catalog.view.Responses.VersionEntry;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.Visibility;
import io.meshgov.kit.web.NotFound;
import io.meshgov.kit.web.Page;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Answers the API's questions from the read model. Parameters arrive validated (see the web layer). */
public final class CatalogQueries {

    private final CatalogReadModel model;
    private final VersionSummaries summaries;
    private final Campaigns campaigns;
    private final DomainSummaries domains;

    public CatalogQueries(CatalogReadModel model, Clock clock) {
        this.model = model;
        this.summaries = new VersionSummaries(model, clock);
        this.campaigns = new Campaigns(model, clock);
        this.domains = new DomainSummaries(model);
    }

    /** A product's details: 403 if it is restricted from the caller; its restricted versions by name only. */
    public ProductDetails product(Caller caller, String productId) {
        Product p = model.product(productId).orElseThrow(() -> NotFound.product(productId));
        Visibility.require(caller, p.classification(), p.domain(), "product " + productId);
        Map<String, Long> consumers = model.consumerCounts(productId);
        Map<String, VersionQuality> quality = model.quality(productId);
        return new ProductDetails(
                p.id(),
                p.name(),
                p.domain(),
                p.owner(),
                p.tags(),
                p.classification(),
                p.versionsInOrder().stream()
                        .map(v -> Visibility.maySee(caller, v.spec().classification(), p.domain())
                                ? summaries.of(v, consumers.getOrDefault(v.version(), 0L), quality.get(v.version()))
                                : (VersionEntry)
                                        new ListedVersion(v.version(), v.spec().name(), true))
                        .toList());
    }

    public VersionDetails version(Caller caller, String productId, String version) {
        Product p = model.product(productId).orElseThrow(() -> NotFound.product(productId));
        ProductVersion v = p.version(version).orElseThrow(() -> NotFound.version(productId, version));
        Visibility.require(caller, v.spec().classification(), p.domain(), productId + " " + v.version());
        return summaries.details(p, v);
    }

    /** The deprecation campaign of a version: 404 unless it was deprecated at least once. */
    public Campaigns.Campaign campaign(Caller caller, String productId, String version) {
        Product p = model.product(productId).orElseThrow(() -> NotFound.product(productId));
        ProductVersion v = p.version(version).orElseThrow(() -> NotFound.version(productId, version));
        Visibility.require(caller, v.spec().classification(), p.domain(), productId + " " + v.version());
        if (v.deprecation() == null) {
            throw new NotFound(productId + " " + v.version() + " was never deprecated: it has no campaign");
        }
        return campaigns.of(p, v, false);
    }

    /** The open campaigns of a domain's products (their DEPRECATED versions the caller may see), nearest sunset first. */
    public List<Campaigns.Campaign> campaigns(Caller caller, String domain) {
        Sight sight = new Sight(caller, model);
        List<Campaigns.Campaign> open = new java.util.ArrayList<>();
        model.eachProduct(
                p -> { // one at a time: only the domain's deprecated versions are kept
                    if (!p.domain().equals(domain)) return;
                    p.versionsInOrder().stream()
                            .filter(v -> v.status() == VersionStatus.DEPRECATED && sight.version(p, v))
                            .forEach(v -> open.add(campaigns.of(p, v, true)));
                });
        return open.stream()
                .sorted(java.util.Comparator.comparing(Campaigns.Campaign::sunsetAt)
                        .thenComparing(Campaigns.Campaign::productId))
                .toList();
    }

    /** What a consumer consumes, less the versions restricted from the caller (404 if that leaves nothing). */
    public ConsumerDetails consumer(Caller caller, String consumerId) {
        Sight sight = new Sight(caller, model);
        List<Registration> consumes = model.consumptions(consumerId).stream()
                .filter(r -> sight.version(r.productId(), r.version()))
                .toList();
        if (consumes.isEmpty()) throw NotFound.consumer(consumerId);
        Registration first = consumes.get(0);
        return new ConsumerDetails(
                consumerId,
                first.kind(),
                first.domain(),
                first.contact(),
                consumes.stream().map(this::consumption).toList());
    }

    /** Per domain: products, versions by status, registrations, pending alerts, violations, as the caller may see them. */
    public List<Responses.DomainSummary> domains(Caller caller) {
        return domains.of(caller);
    }

    /** Alerts, less those about versions restricted from the caller. */
    public Page<Alert> alerts(Caller caller, AlertState state, String domain, int page, int size) {
        if (state == null && domain == null && caller.local()) {
            return Page.of(model.alerts((long) page * size, size), page, size, model.alertCount());
        }
        Sight sight = new Sight(caller, model);
        Page.Taker<Alert> taker = Page.taker(page, size); // one alert at a time: a mesh may have millions
        model.eachAlert(a -> {
            if ((state == null || a.state() == state)
                    && (domain == null || involves(a, domain))
                    && sight.version(a.productId(), a.version())) taker.accept(a);
        });
        return taker.page();
    }

    /** Violations, less those about products with a version restricted from the caller (reasons name details). */
    public Page<Violation> violations(Caller caller, String domain, String rule, String eventId, int page, int size) {
        Sight sight = new Sight(caller, model);
        List<Violation> matching = model.violations().stream()
                .filter(v -> sight.everyVersion(v.productId()))
                .filter(v -> domain == null || domain.equals(v.domain()))
                .filter(v -> rule == null || rule.equals(v.ruleId()))
                .filter(v -> eventId == null || eventId.equals(v.offendingEventId()))
                .sorted(Comparator.comparing(Violation::sourceTopic)
                        .thenComparingInt(Violation::sourcePartition)
                        .thenComparingLong(Violation::sourceOffset)
                        .thenComparing(Violation::ruleId))
                .toList();
        return Page.slice(matching, page, size);
    }

    /**
     * Access requests, less those to versions restricted from the caller: filtered by a domain (as the requester or
     * the owner), a state, a product; newest request first.
     */
    public Page<AccessRequest> accessRequests(
            Caller caller, String domain, AccessState state, String productId, int page, int size) {
        Sight sight = new Sight(caller, model);
        List<AccessRequest> matching = model.accessRequests().stream()
                .filter(a -> domain == null || domain.equals(a.readerDomain()) || domain.equals(a.ownerDomain()))
                .filter(a -> state == null || a.state() == state)
                .filter(a -> productId == null || productId.equals(a.productId()))
                .filter(a -> sight.version(a.productId(), a.version()))
                .sorted(Comparator.comparing(AccessRequest::requestedAt)
                        .reversed()
                        .thenComparing(AccessRequest::productId)
                        .thenComparing(AccessRequest::version)
                        .thenComparing(AccessRequest::requestId))
                .toList();
        return Page.slice(matching, page, size);
    }

    /** Inputs waiting for a version of their product, filtered by the domain that sent them. */
    public Page<HeldInput> held(Caller caller, String domain, int page, int size) {
        Sight sight = new Sight(caller, model);
        List<HeldInput> matching = model.held().stream()
                .filter(h -> sight.everyVersion(h.productId()))
                .filter(h -> domain == null || domain.equals(h.domain()))
                .toList();
        return Page.slice(matching, page, size);
    }

    private Consumption consumption(Registration r) {
        Product p = model.product(r.productId()).orElseThrow();
        ProductVersion v = p.version(r.version()).orElseThrow();
        AlertState alert = model.alert(r.productId(), r.version(), r.consumerId())
                .map(Alert::state)
                .orElse(null);
        String warning = v.status() == VersionStatus.ACTIVE ? null : summaries.warning(v);
        return new Consumption(
                p.id(),
                p.name(),
                v.version(),
                v.status(),
                r.purpose(),
                r.since(),
                warning,
                alert,
                VersionSummaries.breaches(model.quality(p.id(), v.version()).orElse(null)));
    }

    private static boolean involves(Alert alert, String domain) {
        return domain.equals(alert.consumerDomain()) || domain.equals(alert.ownerDomain());
    }

    private static boolean visible(Caller caller, Product p) {
        return Visibility.maySee(caller, p.classification(), p.domain());
    }

    /** A product as a listing shows it to the caller: its summary, or its id and name only if it is restricted. */
    public static ProductEntry entry(Caller caller, Product p) {
        return visible(caller, p) ? summary(p) : new ListedOnly(p.id(), p.name(), true);
    }

    /** A product's summary, as a listing shows it to a caller who may see the product. */
    public static ProductSummary summary(Product p) {
        Map<VersionStatus, Long> byStatus = p.versions().values().stream()
                .collect(Collectors.groupingBy(
                        ProductVersion::status,
                        () -> new java.util.EnumMap<>(VersionStatus.class),
                        Collectors.counting()));
        return new ProductSummary(
                p.id(),
                p.name(),
                p.domain(),
                p.owner(),
                p.tags(),
                p.classification(),
                p.newest().version(),
                byStatus);
    }
}
