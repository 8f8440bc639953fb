package io.meshgov.kit.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * This instance's copy of a service's read model ({@link ReadModel}), by the name of the processing store each view
 * copies; values are JSON. A call raises whatever the global stores raise while they restore ({@link StoreNotReady}).
 */
public final class ReadModelViews {

    private static final StringSerializer KEYS = new StringSerializer();
    private final Function<String, ReadOnlyKeyValueStore<String, byte[]>> globalStores;

    /** @param globalStores this instance's global stores, by name */
    public ReadModelViews(Function<String, ReadOnlyKeyValueStore<String, byte[]>> globalStores) {
        this.globalStores = globalStores;
    }

    /** The view of a processing store. */
    public ReadOnlyKeyValueStore<String, byte[]> of(String store) {
        return globalStores.apply(ReadModel.viewOf(store));
    }

    /** The values of the keys that start with {@code prefix}, in key order. */
    public <T> List<T> scan(String store, String prefix, Class<T> type) {
        List<T> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = of(store).prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> values.add(Json.read(kv.value, type)));
        }
        return values;
    }
}
