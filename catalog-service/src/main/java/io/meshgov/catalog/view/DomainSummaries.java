package io.meshgov.catalog.view;

import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionStatus;
import io.meshgov.kit.security.Caller;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per domain: products, versions by status, registrations, pending alerts and violations, as one caller may see them.
 * One pass over each view, one record at a time: what is kept is a count per domain and, for a caller who may not see
 * everything, whether each version is visible to them ({@link Sight}: registrations and alerts are as visible as their
 * version), never the records themselves (the whole registrations list of a large mesh ran the catalog out of heap).
 */
final class DomainSummaries {

    private final CatalogReadModel model;

    DomainSummaries(CatalogReadModel model) {
        this.model = model;
    }

    List<Responses.DomainSummary> of(Caller caller) {
        Map<String, Tally> tallies = new TreeMap<>();
        Sight seen = new Sight(caller, model);
        model.eachProduct(p -> {
            Tally domain = tallies.computeIfAbsent(p.domain(), d -> new Tally());
            domain.products++;
            for (ProductVersion v : p.versions().values()) {
                if (seen.version(p, v)) domain.versions.merge(v.status(), 1L, Long::sum);
            }
            seen.learn(p);
        });
        model.eachRegistration(r -> {
            if (seen.version(r.productId(), r.version()))
                tallies.computeIfAbsent(r.domain(), d -> new Tally()).registrations++;
        });
        model.eachViolation(v -> {
            if (seen.everyVersion(v.productId()) && v.domain() != null)
                tallies.computeIfAbsent(v.domain(), d -> new Tally()).violations++;
        });
        // last: an alert counts for each of its two domains that the passes above listed
        model.eachAlert(a -> {
            if (!a.state().isPending() || !seen.version(a.productId(), a.version())) return;
            Tally owner = tallies.get(a.ownerDomain()), consumer = tallies.get(a.consumerDomain());
            if (owner != null) owner.alerts++;
            if (consumer != null && consumer != owner) consumer.alerts++;
        });
        return tallies.entrySet().stream()
                .map(e -> new Responses.DomainSummary(
                        e.getKey(),
                        e.getValue().products,
                        e.getValue().versions,
                        e.getValue().registrations,
                        e.getValue().alerts,
                        e.getValue().violations))
                .toList();
    }

    private static final class Tally {
        long products, registrations, alerts, violations;
        final Map<VersionStatus, Long> versions = new EnumMap<>(VersionStatus.class);
    }
}
