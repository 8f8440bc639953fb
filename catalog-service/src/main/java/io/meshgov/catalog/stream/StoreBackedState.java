package io.meshgov.catalog.stream;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.streams.ParsedCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** One product's state as the ledger sees it while it decides one event, read from the task's stores. */
final class StoreBackedState implements ProductState {

    private static final StringSerializer KEYS = new StringSerializer();

    private final String productId;
    private final KeyValueStore<String, byte[]> products;
    private final ParsedCache<Product> parsed;
    private final KeyValueStore<String, Registration> registrations;
    private final KeyValueStore<String, Alert> alerts;
    private final KeyValueStore<String, VersionQuality> quality;
    private final KeyValueStore<String, AccessRequest> access;
    private Optional<Product> product; // read once per event: the ledger and every policy ask for it

    StoreBackedState(
            String productId,
            KeyValueStore<String, byte[]> products,
            ParsedCache<Product> parsed,
            KeyValueStore<String, Registration> registrations,
            KeyValueStore<String, Alert> alerts,
            KeyValueStore<String, VersionQuality> quality,
            KeyValueStore<String, AccessRequest> access) {
        this.productId = productId;
        this.products = products;
        this.parsed = parsed;
        this.registrations = registrations;
        this.alerts = alerts;
        this.quality = quality;
        this.access = access;
    }

    @Override
    public Optional<Product> product() {
        if (product == null) {
            product = Optional.ofNullable(parsed.parse(productId, products.get(productId)));
        }
        return product;
    }

    @Override
    public List<Registration> registrations(String version) {
        return scan(registrations, ViewKeys.ofVersion(productId, version));
    }

    @Override
    public Optional<Registration> registration(String version, String consumerId) {
        return Optional.ofNullable(registrations.get(ViewKeys.registration(productId, version, consumerId)));
    }

    @Override
    public Optional<Alert> alert(String version, String consumerId) {
        return Optional.ofNullable(alerts.get(ViewKeys.registration(productId, version, consumerId)));
    }

    @Override
    public List<Alert> alerts(String version) {
        return scan(alerts, ViewKeys.ofVersion(productId, version));
    }

    @Override
    public Optional<AccessRequest> access(String version, String requestId) {
        return Optional.ofNullable(access.get(ViewKeys.access(productId, version, requestId)));
    }

    /** The product is read only for a version's first status: after that its statuses are their own record. */
    @Override
    public Optional<VersionQuality> quality(String version) {
        VersionQuality known = quality.get(ViewKeys.quality(productId, version));
        if (known != null) return Optional.of(known);
        return product().flatMap(p -> p.version(version)).map(v -> VersionQuality.unknown(productId, v.version()));
    }

    private static <V> List<V> scan(KeyValueStore<String, V> store, String prefix) {
        List<V> values = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> values.add(kv.value));
        }
        return values;
    }
}
