package io.meshgov.catalog.search;

import io.meshgov.catalog.consumer.Registration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consumers' purposes of each product's versions, kept in memory beside the index and changed one registration at
 * a time: a product with 10,000 consumers gets a new one without its registrations being read again. Each change says
 * which of a version's distinct purposes appeared or went with it, the only changes its purpose documents need (a
 * consumer more with a purpose already there changes none). Written by the search's catch-up only.
 */
final class Purposes {

    /** A distinct purpose of a version that appeared, and one that went (each null when none did). */
    record Change(String appeared, String gone) {
        static final Change NONE = new Change(null, null);
    }

    /** One version's consumers: each one's purpose, and how many consumers have each purpose. */
    private static final class Version {
        private final Map<String, String> byConsumer = new HashMap<>();
        private final TreeMap<String, Integer> counts = new TreeMap<>();

        Change put(String consumerId, String purpose) {
            String before = byConsumer.put(consumerId, purpose);
            if (purpose.equals(before)) return Change.NONE;
            String gone = before != null && drop(before) ? before : null;
            return new Change(counts.merge(purpose, 1, Integer::sum) == 1 ? purpose : null, gone);
        }

        Change remove(String consumerId) {
            String before = byConsumer.remove(consumerId);
            return before != null && drop(before) ? new Change(null, before) : Change.NONE;
        }

        private boolean drop(String purpose) {
            return counts.merge(purpose, -1, Integer::sum) == 0 && counts.remove(purpose) != null;
        }
    }

    /** By product, then version. */
    private final Map<String, Map<String, Version>> byProduct = new ConcurrentHashMap<>();

    static Purposes of(Collection<Registration> registrations) {
        Purposes purposes = new Purposes();
        registrations.forEach(purposes::registered);
        return purposes;
    }

    Change registered(Registration r) {
        return byProduct
                .computeIfAbsent(r.productId(), p -> new HashMap<>())
                .computeIfAbsent(r.version(), v -> new Version())
                .put(r.consumerId(), r.purpose() == null ? "" : r.purpose());
    }

    Change deregistered(String productId, String version, String consumerId) {
        Map<String, Version> versions = byProduct.get(productId);
        Version consumers = versions == null ? null : versions.get(version);
        if (consumers == null) return Change.NONE;
        Change change = consumers.remove(consumerId);
        if (consumers.byConsumer.isEmpty()) versions.remove(version);
        if (versions.isEmpty()) byProduct.remove(productId);
        return change;
    }

    /** The distinct purposes of one version's consumers, in order. */
    Set<String> of(String productId, String version) {
        Version consumers = byProduct.getOrDefault(productId, Map.of()).get(version);
        return consumers == null ? Set.of() : new TreeSet<>(consumers.counts.keySet());
    }

    /** The versions of one product that have consumers. */
    Set<String> versionsOf(String productId) {
        return new TreeSet<>(byProduct.getOrDefault(productId, Map.of()).keySet());
    }
}
