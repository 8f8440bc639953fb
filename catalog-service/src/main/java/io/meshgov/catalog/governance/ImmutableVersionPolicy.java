package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.ProductVersion;

/**
 * A (product, version) is published once. Publishing it again with identical content is a no-op (the ledger
 * never gets here for it); with different content it is a violation: a change needs a new version.
 */
public final class ImmutableVersionPolicy implements GovernancePolicy {

    public String id() {
        return "immutable-version";
    }

    public String description() {
        return "a published version never changes; a different re-publication of it is rejected";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        if (!(event instanceof CatalogEvent.Published published)) return Verdict.allowed();
        ProductVersion existing =
                state.product().flatMap(p -> p.version(published.version())).orElse(null);
        if (existing == null || existing.spec().equals(published.spec())) return Verdict.allowed();
        return Verdict.violated(published.productId() + " " + existing.version() + " was already published (event "
                + existing.publishedEventId() + ") with different content; publish a new version instead");
    }
}
