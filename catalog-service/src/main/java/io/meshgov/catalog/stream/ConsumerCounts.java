package io.meshgov.catalog.stream;

import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.view.ViewKeys;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How many consumers each version has for each purpose, kept as state beside the registrations (by (product,
 * version, purpose)), so that a product's page reads one count per version's purpose instead of scanning every
 * registration of the product, and search learns a version's distinct purposes without keeping every consumer's in
 * memory. Changed only when a registration appears, disappears or changes purpose: a re-registration with the same
 * purpose, or a redelivered one, counts nothing. Called before the registration's own store is written: what it
 * holds is the registration as it was.
 */
final class ConsumerCounts {

    private final KeyValueStore<String, Long> counts;
    private final KeyValueStore<String, Registration> registrations;

    ConsumerCounts(KeyValueStore<String, Long> counts, KeyValueStore<String, Registration> registrations) {
        this.counts = counts;
        this.registrations = registrations;
    }

    /**
     * Counts the task's registrations when it has some but no counts: state written before counts were kept (or kept
     * per version only, under another store). Its registrations store is the truth; the counts follow from it once,
     * then are kept up to date.
     */
    void rebuildIfMissing() {
        try (KeyValueIterator<String, Long> any = counts.all()) {
            if (any.hasNext()) return;
        }
        try (KeyValueIterator<String, Registration> all = registrations.all()) {
            all.forEachRemaining(kv -> add(kv.value, 1));
        }
    }

    void registered(Registration r) {
        Registration before = registrations.get(ViewKeys.registration(r));
        if (before != null && purpose(before).equals(purpose(r))) return;
        if (before != null) add(before, -1);
        add(r, 1);
    }

    void deregistered(Registration r) {
        Registration before = registrations.get(ViewKeys.registration(r));
        if (before != null) add(before, -1); // its purpose as registered: a deregistration need not say it
    }

    private void add(Registration r, long delta) {
        String key = ViewKeys.purpose(r.productId(), r.version(), r.purpose());
        Long current = counts.get(key);
        long updated = (current == null ? 0 : current) + delta;
        if (updated > 0) counts.put(key, updated);
        else counts.delete(key);
    }

    private static String purpose(Registration r) {
        return r.purpose() == null ? "" : r.purpose();
    }
}
