package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.Product;
import java.util.Optional;

/**
 * Once a product is published from domain D, only D's topic may publish, deprecate or retire its versions, move a
 * sunset, withdraw a deprecation or decide an access request.
 */
public final class OwnershipPolicy implements GovernancePolicy {

    public static final String ID = "ownership";

    public String id() {
        return ID;
    }

    /**
     * The same rule for an observed run: only the owning domain's pipelines may write a product version's dataset,
     * or measure it. Empty when the run's domain owns the product, else the reason.
     */
    public static Optional<String> checkRun(
            String productId, String version, String ownerDomain, String runDomain, String job, boolean wrote) {
        if (ownerDomain.equals(runDomain)) return Optional.empty();
        return Optional.of(productId + " belongs to domain " + ownerDomain + "; job " + job + " of domain " + runDomain
                + " may not " + (wrote ? "write" : "measure") + " the dataset of its version " + version);
    }

    public String description() {
        return "only the domain that first published a product may publish, deprecate or retire its versions, move a"
                + " sunset, withdraw a deprecation or decide an access request";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        boolean lifecycle = event instanceof CatalogEvent.Published
                || event instanceof CatalogEvent.Deprecated
                || event instanceof CatalogEvent.Retired
                || event instanceof CatalogEvent.SunsetExtended
                || event instanceof CatalogEvent.KeptInService
                || event instanceof CatalogEvent.AccessDecided;
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
        if (event instanceof CatalogEvent.SunsetExtended) return "move the sunset of";
        if (event instanceof CatalogEvent.KeptInService) return "withdraw the deprecation of";
        if (event instanceof CatalogEvent.AccessDecided) return "decide access requests to";
        return event instanceof CatalogEvent.Deprecated ? "deprecate" : "retire";
    }
}
