package io.meshgov.catalog.search;

import io.meshgov.catalog.consumer.Registration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consumers' purposes of each product's versions, kept in memory beside the index and changed one registration at
 * a time: a product with 10,000 consumers gets a new one without its registrations being read again, and its document
 * holds each distinct purpose once. Written by the search's catch-up only.
 */
final class Purposes {

    /** By product, then version, then consumer. */
    private final Map<String, Map<String, Map<String, String>>> byProduct = new ConcurrentHashMap<>();

    static Purposes of(Collection<Registration> registrations) {
        Purposes purposes = new Purposes();
        registrations.forEach(purposes::registered);
        return purposes;
    }

    void registered(Registration r) {
        byProduct
                .computeIfAbsent(r.productId(), p -> new TreeMap<>())
                .computeIfAbsent(r.version(), v -> new TreeMap<>())
                .put(r.consumerId(), r.purpose() == null ? "" : r.purpose());
    }

    void deregistered(String productId, String version, String consumerId) {
        Map<String, Map<String, String>> versions = byProduct.get(productId);
        if (versions == null || !versions.containsKey(version)) return;
        versions.get(version).remove(consumerId);
        if (versions.get(version).isEmpty()) versions.remove(version);
        if (versions.isEmpty()) byProduct.remove(productId);
    }

    /** The distinct purposes of one version's consumers, in order. */
    Set<String> of(String productId, String version) {
        Map<String, String> consumers =
                byProduct.getOrDefault(productId, Map.of()).get(version);
        return consumers == null ? Set.of() : new TreeSet<>(consumers.values());
    }
}
