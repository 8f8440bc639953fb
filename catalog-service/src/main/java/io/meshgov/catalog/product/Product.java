package io.meshgov.catalog.product;

import io.meshgov.mesh.SemanticVersion;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A data product: its id, the domain whose topic first published it (its owner for governance), and every
 * version side by side keyed by full version. Name, owner, tags and classification are those of its newest
 * version.
 */
public record Product(String id, String domain, Map<String, ProductVersion> versions) {

    public Product {
        versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions)); // sorted: identical JSON everywhere
    }

    public static Product firstPublished(String domain, ProductVersion version) {
        return new Product(version.spec().productId(), domain, Map.of(version.version(), version));
    }

    public Optional<ProductVersion> version(String version) {
        if (!SemanticVersion.isValid(version)) return Optional.empty();
        return Optional.ofNullable(versions.get(SemanticVersion.parse(version).toString()));
    }

    public Product with(ProductVersion version) {
        Map<String, ProductVersion> updated = new TreeMap<>(versions);
        updated.put(version.version(), version);
        return new Product(id, domain, updated);
    }

    /** Versions from oldest to newest. */
    public List<ProductVersion> versionsInOrder() {
        return versions.values().stream()
                .sorted(Comparator.comparing(ProductVersion::semver))
                .toList();
    }

    public ProductVersion newest() {
        List<ProductVersion> ordered = versionsInOrder();
        return ordered.get(ordered.size() - 1);
    }

    public String name() {
        return newest().spec().name();
    }

    public String owner() {
        return newest().spec().owner();
    }

    public List<String> tags() {
        return newest().spec().tags();
    }

    public String classification() {
        return newest().spec().classification();
    }
}
