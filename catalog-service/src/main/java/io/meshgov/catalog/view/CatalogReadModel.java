package io.meshgov.catalog.view;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.Product;
import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.StoreNotReady;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads this instance's complete copy of the catalog. Every call raises {@link StoreNotReady} while restoring. */
public final class CatalogReadModel {

    private static final StringSerializer KEYS = new StringSerializer();

    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> store;

    public CatalogReadModel(Supplier<ReadOnlyKeyValueStore<String, byte[]>> store) {
        this.store = store;
    }

    public Optional<Product> product(String productId) {
        byte[] json = store.get().get(ViewKeys.product(productId));
        return Optional.ofNullable(json).map(bytes -> Json.read(bytes, Product.class));
    }

    /** Every product, ordered by id. */
    public List<Product> products() {
        return scan(ViewKeys.PRODUCT, Product.class);
    }

    /** How many products there are, counted without reading them. */
    public long productCount() {
        return count(ViewKeys.PRODUCT);
    }

    /** At most {@code limit} products from the {@code skip}th on, ordered by id; only those are read. */
    public List<Product> products(long skip, int limit) {
        return window(ViewKeys.PRODUCT, Product.class, skip, limit);
    }

    public long alertCount() {
        return count(ViewKeys.ALERT);
    }

    public List<Alert> alerts(long skip, int limit) {
        return window(ViewKeys.ALERT, Alert.class, skip, limit);
    }

    public List<Registration> registrations(String productId, String version) {
        return scan(ViewKeys.registrationsOf(productId, version), Registration.class);
    }

    public List<Registration> registrations(String productId) {
        return scan(ViewKeys.registrationsOf(productId), Registration.class);
    }

    /** Every registration, ordered by product, version and consumer. */
    public List<Registration> registrations() {
        return scan(ViewKeys.REGISTRATION, Registration.class);
    }

    public List<Registration> consumptions(String consumerId) {
        return scan(ViewKeys.consumptionsOf(consumerId), Registration.class);
    }

    public List<Alert> alerts(String productId, String version) {
        return scan(ViewKeys.alertsOf(productId, version), Alert.class);
    }

    public List<Alert> alerts() {
        return scan(ViewKeys.ALERT, Alert.class);
    }

    public List<Violation> violations() {
        return scan(ViewKeys.VIOLATION, Violation.class);
    }

    private long count(String prefix) {
        long count = 0;
        try (KeyValueIterator<String, byte[]> it = store.get().prefixScan(prefix, KEYS)) {
            for (; it.hasNext(); it.next()) count++;
        }
        return count;
    }

    private <T> List<T> window(String prefix, Class<T> type, long skip, int limit) {
        List<T> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.get().prefixScan(prefix, KEYS)) {
            for (long i = 0; i < skip && it.hasNext(); i++) it.next();
            while (values.size() < limit && it.hasNext()) values.add(Json.read(it.next().value, type));
        }
        return values;
    }

    private <T> List<T> scan(String prefix, Class<T> type) {
        List<T> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.get().prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> values.add(Json.read(kv.value, type)));
        }
        return values;
    }
}
