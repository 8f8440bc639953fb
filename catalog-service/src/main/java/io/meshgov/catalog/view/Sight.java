package io.meshgov.catalog.view;

import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.Visibility;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What one caller may see of the catalog, for one request: each product is read at most once. */
final class Sight {

    private final Caller caller;
    private final CatalogReadModel model;
    private final Map<String, Optional<Product>> products = new HashMap<>();

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
        return product(productId)
                .flatMap(p -> p.version(version).map(v -> version(p, v)))
                .orElse(false);
    }

    /**
     * Every version of a product: what concerns the product as a whole (a violation's reason may name any of its
     * versions' details) is shown only then. A product the catalog does not know has nothing to hide.
     */
    boolean everyVersion(String productId) {
        if (caller.local()) return true;
        return product(productId)
                .map(p -> p.versions().values().stream().allMatch(v -> version(p, v)))
                .orElse(true);
    }

    private Optional<Product> product(String productId) {
        return products.computeIfAbsent(productId, model::product);
    }
}
