package io.meshgov.lineage.projection;

import io.meshgov.lineage.graph.VersionNode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** What lineage remembers of one product: its owning domain and its versions, keyed by full version. */
public record ProductLineage(String productId, String domain, Map<String, VersionNode> versions) {

    public ProductLineage {
        versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions)); // sorted: identical JSON everywhere
    }

    ProductLineage with(VersionNode version) {
        Map<String, VersionNode> updated = new TreeMap<>(versions);
        updated.put(version.version(), version);
        return new ProductLineage(productId, domain, updated);
    }
}
