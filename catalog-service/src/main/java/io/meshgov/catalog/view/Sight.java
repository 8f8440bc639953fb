package io.meshgov.catalog.view;

import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.Visibility;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one caller may see of the catalog, for one request: each product is read at most once, and what is kept of it
 * is whether each of its versions is visible, not the product (a pass over every alert may meet every product).
 */
final class Sight {

    private final Caller caller;
    private final CatalogReadModel model;
    /** By product (empty: unknown), whether the caller may see each version. */
    private final Map<String, Optional<Map<String, Boolean>>> versions = new HashMap<>();

    Sight(Caller caller, CatalogReadModel model) {
        this.caller = caller;
        this.model = model;
    }

    boolean local() {
        return caller.local();
    }

    /** The product's own details (those of its newest version's classification). */
    boolean product(Product p) {
        return Visibility.maySee(caller, p.classification(), p.domain());
    }

    boolean version(Product p, ProductVersion v) {
        return Visibility.maySee(caller, v.spec().classification(), p.domain());
    }

    /** One version of a product by id; an unknown one is not visible. */
    boolean version(String productId, String version) {
        if (caller.local()) return true;
        return versionsOf(productId).map(v -> v.getOrDefault(version, false)).orElse(false);
    }

    /**
     * Every version of a product: what concerns the product as a whole (a violation's reason may name any of its
     * versions' details) is shown only then. A product the catalog does not know has nothing to hide.
     */
    boolean everyVersion(String productId) {
        if (caller.local()) return true;
        return versionsOf(productId).map(v -> !v.containsValue(false)).orElse(true);
    }

    /** Tells what a pass over the products read anyway, so that it is not read again. */
    void learn(Product p) {
        if (!caller.local()) versions.put(p.id(), Optional.of(visibility(p)));
    }

    private Optional<Map<String, Boolean>> versionsOf(String productId) {
        return versions.computeIfAbsent(productId, id -> model.product(id).map(this::visibility));
    }

    private Map<String, Boolean> visibility(Product p) {
        Map<String, Boolean> visible = new HashMap<>();
        p.versions().values().forEach(v -> visible.put(v.version(), version(p, v)));
        return visible;
    }
}
