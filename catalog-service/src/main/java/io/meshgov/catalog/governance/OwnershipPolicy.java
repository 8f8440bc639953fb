package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.Product;

/** Once a product is published from domain D, only D's topic may publish, deprecate or retire its versions. */
public final class OwnershipPolicy implements GovernancePolicy {

    public String id() {
        return "ownership";
    }

    public String description() {
        return "only the domain that first published a product may publish, deprecate or retire its versions";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        boolean lifecycle = event instanceof CatalogEvent.Published
                || event instanceof CatalogEvent.Deprecated
                || event instanceof CatalogEvent.Retired;
        Product product = state.product().orElse(null);
        if (!lifecycle
                || product == null
                || product.domain().equals(event.source().domain())) {
            return Verdict.allowed();
        }
        return Verdict.violated(product.id() + " belongs to domain " + product.domain() + "; domain "
                + event.source().domain() + " may not " + verb(event) + " its versions");
    }

    private static String verb(CatalogEvent event) {
        if (event instanceof CatalogEvent.Published) return "publish";
        return event instanceof CatalogEvent.Deprecated ? "deprecate" : "retire";
    }
}
