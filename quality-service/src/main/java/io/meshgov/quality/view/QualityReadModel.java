package io.meshgov.quality.view;

import io.meshgov.kit.streams.Json;
import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.KpiState;
import io.meshgov.quality.tracking.VersionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads this instance's complete copy of quality; every call raises StoreNotReady while it restores. */
public final class QualityReadModel {

    private static final StringSerializer KEYS = new StringSerializer();
    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> store;

    public QualityReadModel(Supplier<ReadOnlyKeyValueStore<String, byte[]>> store) {
        this.store = store;
    }

    public Optional<VersionInfo> version(String productId, String version) {
        byte[] json = store.get().get(ViewKeys.VERSION + ViewKeys.version(productId, version));
        return Optional.ofNullable(json).map(b -> Json.read(b, VersionInfo.class));
    }

    public List<VersionInfo> versions() {
        return scan(ViewKeys.VERSION, VersionInfo.class);
    }

    public List<KpiState> kpis(String productId, String version) {
        return scan(ViewKeys.KPI + ViewKeys.kpisOf(productId, version), KpiState.class);
    }

    /** Buckets of one KPI in time order. */
    public List<HourlyBucket> history(String productId, String version, String kpi) {
        return scan(ViewKeys.HISTORY + ViewKeys.historyOf(productId, version, kpi), HourlyBucket.class);
    }

    private <T> List<T> scan(String prefix, Class<T> type) {
        List<T> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.get().prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> values.add(Json.read(kv.value, type)));
        }
        return values;
    }
}
