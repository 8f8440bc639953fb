package io.meshgov.catalog.stream;

import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.view.ViewKeys;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How many consumers each version has, kept as state beside the registrations (by (product, version)), so that a
 * product's page reads one count per version instead of scanning every registration of the product. Changed only
 * when a registration appears or disappears: a re-registration, or a redelivered one, counts nothing.
 */
final class ConsumerCounts {

    private final KeyValueStore<String, Long> counts;
    private final KeyValueStore<String, Registration> registrations;

    ConsumerCounts(KeyValueStore<String, Long> counts, KeyValueStore<String, Registration> registrations) {
        this.counts = counts;
        this.registrations = registrations;
    }

    /**
     * Counts the task's registrations when it has some but no counts: state written before counts were kept. Its
     * registrations store is the truth; the counts follow from it once, then are kept up to date.
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
        if (registrations.get(ViewKeys.registration(r)) == null) add(r, 1);
    }

    void deregistered(Registration r) {
        if (registrations.get(ViewKeys.registration(r)) != null) add(r, -1);
    }

    private void add(Registration r, long delta) {
        String key = ViewKeys.quality(r.productId(), r.version());
        Long current = counts.get(key);
        long updated = (current == null ? 0 : current) + delta;
        if (updated > 0) counts.put(key, updated);
        else counts.delete(key);
    }
}
