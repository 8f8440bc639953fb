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
import java.util.function.Consumer;
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

    /** Every product, ordered by id, in one list: for tests and small meshes; a query reads them with {@link #eachProduct}. */
    public List<Product> products() {
        return scan(ViewKeys.PRODUCTS, "", Product.class);
    }

    /** Every product, ordered by id, one at a time: for a pass over the catalog that keeps none of them. */
    public void eachProduct(Consumer<Product> action) {
        each(ViewKeys.PRODUCTS, Product.class, action);
    }

    /** Every alert, one at a time (see {@link #eachProduct}). */
    public void eachAlert(Consumer<Alert> action) {
        each(ViewKeys.ALERTS, Alert.class, action);
    }

    /** Every registration, one at a time (see {@link #eachProduct}). */
    public void eachRegistration(Consumer<Registration> action) {
        each(ViewKeys.REGISTRATIONS, Registration.class, action);
    }

    /** Every violation, inputs' then runs' (as {@link #violations()}), one at a time (see {@link #eachProduct}). */
    public void eachViolation(Consumer<Violation> action) {
        each(ViewKeys.VIOLATIONS, Violation.class, action);
        each(ViewKeys.RUN_VIOLATIONS, Violation.class, action);
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

    /**
     * How many consumers each version has, by "product\u0000version": the sum of its kept counts per purpose (one
     * read per distinct purpose, none per consumer).
     */
    public Map<String, Long> consumerCounts() {
        Map<String, Long> counts = new java.util.HashMap<>();
        try (KeyValueIterator<String, byte[]> it =
                view(ViewKeys.CONSUMER_PURPOSES).all()) {
            it.forEachRemaining(kv -> counts.merge(versionOf(kv.key), consumers(kv.value), Long::sum));
        }
        return counts;
    }

    /** How many consumers each version of one product has, by full version, summed as {@link #consumerCounts()}. */
    public Map<String, Long> consumerCounts(String productId) {
        Map<String, Long> counts = new java.util.HashMap<>();
        int from = ViewKeys.ofProduct(productId).length();
        try (KeyValueIterator<String, byte[]> it =
                view(ViewKeys.CONSUMER_PURPOSES).prefixScan(ViewKeys.ofProduct(productId), KEYS)) {
            it.forEachRemaining(kv -> counts.merge(versionOf(kv.key).substring(from), consumers(kv.value), Long::sum));
        }
        return counts;
    }

    /** The distinct purposes of one version's consumers, in order (a consumer who gave none: the empty one). */
    public List<String> purposes(String productId, String version) {
        List<String> purposes = new ArrayList<>();
        String prefix = ViewKeys.ofVersion(productId, version);
        try (KeyValueIterator<String, byte[]> it =
                view(ViewKeys.CONSUMER_PURPOSES).prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> purposes.add(kv.key.substring(prefix.length())));
        }
        return purposes;
    }

    /** Whether any consumer has the purpose its key ({@link ViewKeys#purpose}) names. */
    public boolean hasPurpose(String key) {
        return view(ViewKeys.CONSUMER_PURPOSES).get(key) != null;
    }

    /** "product\u0000version" of a key by (product, version, purpose): a purpose may hold the separator, ids do not. */
    private static String versionOf(String key) {
        return key.substring(0, key.indexOf(ViewKeys.SEP, key.indexOf(ViewKeys.SEP) + 1));
    }

    private static long consumers(byte[] value) {
        return COUNTS.deserialize(ViewKeys.CONSUMER_PURPOSES, value);
    }

    public List<Registration> consumptions(String consumerId) {
        return scan(ViewKeys.CONSUMPTIONS, ViewKeys.consumptionsOf(consumerId), Registration.class);
    }

    public List<Alert> alerts(String productId, String version) {
        return scan(ViewKeys.ALERTS, ViewKeys.ofVersion(productId, version), Alert.class);
    }

    /** One consumer's alert about one version, if it has one: read by its key, not by scanning the version's. */
    public Optional<Alert> alert(String productId, String version, String consumerId) {
        byte[] json = view(ViewKeys.ALERTS).get(ViewKeys.registration(productId, version, consumerId));
        return Optional.ofNullable(json).map(bytes -> Json.read(bytes, Alert.class));
    }

    /** The KPI statuses of one product's versions, by full version. */
    public Map<String, VersionQuality> quality(String productId) {
        return scan(ViewKeys.QUALITY, ViewKeys.ofProduct(productId), VersionQuality.class).stream()
                .collect(Collectors.toMap(VersionQuality::version, q -> q));
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
        List<Violation> all = new ArrayList<>();
        eachViolation(all::add);
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

    private <T> void each(String store, Class<T> type, Consumer<T> action) {
        each(store, "", type, action);
    }

    private <T> List<T> scan(String store, String prefix, Class<T> type) {
        List<T> values = new ArrayList<>();
        each(store, prefix, type, values::add);
        return values;
    }

    /** Each value under {@code prefix} (all of them for ""), parsed, in key order. */
    private <T> void each(String store, String prefix, Class<T> type, Consumer<T> action) {
        try (KeyValueIterator<String, byte[]> it =
                prefix.isEmpty() ? view(store).all() : view(store).prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> action.accept(Json.read(kv.value, type)));
        }
    }
}
