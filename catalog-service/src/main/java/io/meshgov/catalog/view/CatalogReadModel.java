package io.meshgov.catalog.view;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.kit.streams.StoreNotReady;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads this instance's complete copy of the catalog (one global store per processing store, see {@link ViewKeys}).
 * Every call raises {@link StoreNotReady} while it restores.
 */
public final class CatalogReadModel {

    private static final StringSerializer KEYS = new StringSerializer();
    private static final LongDeserializer COUNTS = new LongDeserializer();

    private final Function<String, ReadOnlyKeyValueStore<String, byte[]>> views;

    /** @param views this instance's copy of a processing store, by the name of its global store */
    public CatalogReadModel(Function<String, ReadOnlyKeyValueStore<String, byte[]>> views) {
        this.views = views;
    }

    public Optional<Product> product(String productId) {
        byte[] json = view(ViewKeys.PRODUCTS).get(productId);
        return Optional.ofNullable(json).map(bytes -> Json.read(bytes, Product.class));
    }

    /** Every product, ordered by id. */
    public List<Product> products() {
        return scan(ViewKeys.PRODUCTS, "", Product.class);
    }

    /** How many products there are, counted without reading them. */
    public long productCount() {
        return count(ViewKeys.PRODUCTS);
    }

    /** At most {@code limit} products from the {@code skip}th on, ordered by id; only those are read. */
    public List<Product> products(long skip, int limit) {
        return window(ViewKeys.PRODUCTS, Product.class, skip, limit);
    }

    public long alertCount() {
        return count(ViewKeys.ALERTS);
    }

    public List<Alert> alerts(long skip, int limit) {
        return window(ViewKeys.ALERTS, Alert.class, skip, limit);
    }

    public List<Registration> registrations(String productId, String version) {
        return scan(ViewKeys.REGISTRATIONS, ViewKeys.ofVersion(productId, version), Registration.class);
    }

    /** Every registration, ordered by product, version and consumer. */
    public List<Registration> registrations() {
        return scan(ViewKeys.REGISTRATIONS, "", Registration.class);
    }

    /** How many consumers each version has, by "product\u0000version": one kept count per version. */
    public Map<String, Long> consumerCounts() {
        Map<String, Long> counts = new java.util.HashMap<>();
        try (KeyValueIterator<String, byte[]> it =
                view(ViewKeys.CONSUMER_COUNTS).all()) {
            it.forEachRemaining(kv -> counts.put(kv.key, COUNTS.deserialize(ViewKeys.CONSUMER_COUNTS, kv.value)));
        }
        return counts;
    }

    /** How many consumers each version of one product has, by full version: one kept count per version. */
    public Map<String, Long> consumerCounts(String productId) {
        Map<String, Long> counts = new java.util.HashMap<>();
        int from = ViewKeys.ofProduct(productId).length();
        try (KeyValueIterator<String, byte[]> it =
                view(ViewKeys.CONSUMER_COUNTS).prefixScan(ViewKeys.ofProduct(productId), KEYS)) {
            it.forEachRemaining(
                    kv -> counts.put(kv.key.substring(from), COUNTS.deserialize(ViewKeys.CONSUMER_COUNTS, kv.value)));
        }
        return counts;
    }

    public List<Registration> consumptions(String consumerId) {
        return scan(ViewKeys.CONSUMPTIONS, ViewKeys.consumptionsOf(consumerId), Registration.class);
    }

    public List<Alert> alerts(String productId, String version) {
        return scan(ViewKeys.ALERTS, ViewKeys.ofVersion(productId, version), Alert.class);
    }

    public List<Alert> alerts() {
        return scan(ViewKeys.ALERTS, "", Alert.class);
    }

    /** The KPI statuses of one product's versions, by full version. */
    public Map<String, VersionQuality> quality(String productId) {
        return scan(ViewKeys.QUALITY, ViewKeys.ofProduct(productId), VersionQuality.class).stream()
                .collect(Collectors.toMap(VersionQuality::version, q -> q));
    }

    /** Every version's KPI statuses, by product and version. */
    public List<VersionQuality> quality() {
        return scan(ViewKeys.QUALITY, "", VersionQuality.class);
    }

    /** One registration by its key in the registrations' view ({@link ViewKeys#registration}). */
    public Optional<Registration> registration(String key) {
        byte[] json = view(ViewKeys.REGISTRATIONS).get(key);
        return Optional.ofNullable(json).map(bytes -> Json.read(bytes, Registration.class));
    }

    /** Every registration of one product's versions. */
    public List<Registration> registrations(String productId) {
        return scan(ViewKeys.REGISTRATIONS, ViewKeys.ofProduct(productId), Registration.class);
    }

    public Optional<VersionQuality> quality(String productId, String version) {
        byte[] json = view(ViewKeys.QUALITY).get(ViewKeys.quality(productId, version));
        return Optional.ofNullable(json).map(bytes -> Json.read(bytes, VersionQuality.class));
    }

    /** Every access request, by product, version and request id. */
    public List<AccessRequest> accessRequests() {
        return scan(ViewKeys.ACCESS, "", AccessRequest.class);
    }

    /** Inputs waiting for a version, ordered by product and awaited version. */
    public List<HeldInput> held() {
        List<HeldInput> held = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = view(ViewKeys.HELD).all()) {
            all.forEachRemaining(kv -> held.add(heldInput(Json.MAPPER.readTree(kv.value))));
        }
        return held;
    }

    private static HeldInput heldInput(tools.jackson.databind.JsonNode stored) {
        tools.jackson.databind.JsonNode source = stored.get("source");
        return new HeldInput(
                stored.get("productId").asString(),
                stored.get("awaitedVersion").asString(),
                stored.get("eventType").asString(),
                stored.get("eventId").asString(),
                stored.get("domain").asString(),
                source.get("topic").asString(),
                source.get("partition").asInt(),
                source.get("offset").asLong(),
                java.time.Instant.ofEpochMilli(stored.get("timestamp").asLong()));
    }

    /** Inputs' violations, then observed runs' and dataset claims' (decided in each dataset's task). */
    public List<Violation> violations() {
        List<Violation> all = new ArrayList<>(scan(ViewKeys.VIOLATIONS, "", Violation.class));
        all.addAll(scan(ViewKeys.RUN_VIOLATIONS, "", Violation.class));
        return all;
    }

    private ReadOnlyKeyValueStore<String, byte[]> view(String store) {
        return views.apply(ReadModel.viewOf(store));
    }

    private long count(String store) {
        long count = 0;
        try (KeyValueIterator<String, byte[]> it = view(store).all()) {
            for (; it.hasNext(); it.next()) count++;
        }
        return count;
    }

    private <T> List<T> window(String store, Class<T> type, long skip, int limit) {
        List<T> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = view(store).all()) {
            for (long i = 0; i < skip && it.hasNext(); i++) it.next();
            while (values.size() < limit && it.hasNext()) values.add(Json.read(it.next().value, type));
        }
        return values;
    }

    private <T> List<T> scan(String store, String prefix, Class<T> type) {
        List<T> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it =
                prefix.isEmpty() ? view(store).all() : view(store).prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> values.add(Json.read(kv.value, type)));
        }
        return values;
    }
}
