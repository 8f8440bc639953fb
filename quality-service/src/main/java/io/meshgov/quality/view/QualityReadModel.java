package io.meshgov.quality.view;

import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ReadModelViews;
import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.KpiState;
import io.meshgov.quality.tracking.VersionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads this instance's complete copy of quality; every call raises StoreNotReady while it restores. */
public final class QualityReadModel {

    private final ReadModelViews views;

    /** @param views this instance's copy of a processing store, by the name of its global store */
    public QualityReadModel(Function<String, ReadOnlyKeyValueStore<String, byte[]>> views) {
        this.views = new ReadModelViews(views);
    }

    public Optional<VersionInfo> version(String productId, String version) {
        byte[] json = views.of(ViewKeys.VERSIONS).get(ViewKeys.version(productId, version));
        return Optional.ofNullable(json).map(b -> Json.read(b, VersionInfo.class));
    }

    public List<VersionInfo> versions() {
        List<VersionInfo> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = views.of(ViewKeys.VERSIONS).all()) {
            it.forEachRemaining(kv -> values.add(Json.read(kv.value, VersionInfo.class)));
        }
        return values;
    }

    public List<KpiState> kpis(String productId, String version) {
        return views.scan(ViewKeys.KPIS, ViewKeys.kpisOf(productId, version), KpiState.class);
    }

    /** The first {@code limit} KPIs of all, by product, version and KPI; only those are read. */
    public List<KpiState> kpis(int limit) {
        List<KpiState> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = views.of(ViewKeys.KPIS).all()) {
            while (values.size() < limit && it.hasNext()) values.add(Json.read(it.next().value, KpiState.class));
        }
        return values;
    }

    /** How many KPIs there are, counted without reading them. */
    public long kpiCount() {
        long count = 0;
        try (KeyValueIterator<String, byte[]> it = views.of(ViewKeys.KPIS).all()) {
            for (; it.hasNext(); it.next()) count++;
        }
        return count;
    }

    /** Buckets of one KPI in time order. */
    public List<HourlyBucket> history(String productId, String version, String kpi) {
        return views.scan(ViewKeys.HISTORY, ViewKeys.historyOf(productId, version, kpi), HourlyBucket.class);
    }
}
