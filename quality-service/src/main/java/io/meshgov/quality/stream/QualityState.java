package io.meshgov.quality.stream;

import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.Json;
import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.KpiState;
import io.meshgov.quality.tracking.Measurement;
import io.meshgov.quality.tracking.QualityTracker;
import io.meshgov.quality.tracking.Transition;
import io.meshgov.quality.tracking.VersionInfo;
import io.meshgov.quality.view.ViewKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task's quality state over its stores (JSON values, the same bytes in the store, its changelog and every
 * instance's read model): versions, KPIs, hourly history, and what was accepted of each product. Each change
 * returns the status transitions it announces.
 */
final class QualityState {

    private static final StringSerializer KEYS = new StringSerializer();

    private final QualityTracker tracker;
    private final QualitySettings settings;
    private final KeyValueStore<String, byte[]> versions;
    private final KeyValueStore<String, byte[]> kpis;
    private final KeyValueStore<String, byte[]> history;
    private final KeyValueStore<String, byte[]> products;
    private final CountedMeasurements countedIds;

    QualityState(ProcessorContext<String, Emission> context, QualityTracker tracker, QualitySettings settings) {
        this.tracker = tracker;
        this.settings = settings;
        versions = context.getStateStore(QualityStores.VERSIONS);
        kpis = context.getStateStore(QualityStores.KPIS);
        history = context.getStateStore(QualityStores.HISTORY);
        products = context.getStateStore(QualityStores.PRODUCTS);
        countedIds = new CountedMeasurements(context.getStateStore(QualityStores.COUNTED));
    }

    Optional<AcceptedProduct> product(String productId) {
        return Optional.ofNullable(read(products, productId, AcceptedProduct.class));
    }

    void product(String productId, AcceptedProduct product) {
        put(products, productId, product);
    }

    Optional<VersionInfo> version(String productId, String version) {
        return Optional.ofNullable(read(versions, ViewKeys.version(productId, version), VersionInfo.class));
    }

    /** Whether the measurement is counted already (by its id; or in its bucket, by an earlier build). */
    boolean counted(Measurement m) {
        if (countedIds.contains(m)) return true;
        HourlyBucket bucket = read(history, bucketKey(m), HourlyBucket.class);
        return bucket != null && bucket.countedBefore(m);
    }

    /** A new measurement into its hourly bucket and, if it is the KPI's latest, into the KPI's status. */
    List<Transition> count(Measurement m) {
        countedIds.add(m);
        HourlyBucket bucket = read(history, bucketKey(m), HourlyBucket.class);
        put(history, bucketKey(m), bucket == null ? HourlyBucket.of(m) : bucket.add(m));
        String key = ViewKeys.kpi(m.productId(), m.version(), m.kpi());
        KpiState kpi = Optional.ofNullable(read(kpis, key, KpiState.class))
                .orElse(KpiState.empty(m.productId(), m.version(), m.kpi()));
        return apply(List.of(tracker.measured(m, kpi, version(m.productId(), m.version()), m.measuredAt())));
    }

    /** A version the catalog accepted: its objectives get their KPIs, and KPIs measured before get a status. */
    List<Transition> published(VersionInfo version) {
        String key = ViewKeys.version(version.productId(), version.version());
        if (versions.get(key) != null) return List.of();
        put(versions, key, version);
        List<KpiState> known = scan(kpis, ViewKeys.kpisOf(version.productId(), version.version()), KpiState.class);
        return apply(tracker.published(version, known, version.publishedAt()));
    }

    void status(String productId, String version, String status) {
        String key = ViewKeys.version(productId, version);
        VersionInfo known = read(versions, key, VersionInfo.class);
        if (known != null && !known.status().equals(status)) put(versions, key, known.withStatus(status));
    }

    /** KPIs gone STALE by the wall clock, and history past its retention dropped. */
    List<Transition> onClock(Instant now) {
        List<QualityTracker.Update> stale = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = kpis.all()) {
            all.forEachRemaining(kv -> {
                KpiState kpi = Json.read(kv.value, KpiState.class);
                version(kpi.productId(), kpi.version())
                        .flatMap(v -> tracker.recheck(v, kpi, now))
                        .ifPresent(stale::add);
            });
        }
        List<Transition> transitions = apply(stale);
        purgeOlderThan(now.minus(settings.historyRetention()));
        return transitions;
    }

    private List<Transition> apply(List<QualityTracker.Update> updates) {
        List<Transition> transitions = new ArrayList<>();
        for (QualityTracker.Update update : updates) {
            KpiState s = update.state();
            put(kpis, ViewKeys.kpi(s.productId(), s.version(), s.kpi()), s);
            update.transition().ifPresent(transitions::add);
        }
        return transitions;
    }

    /**
     * Drops history buckets past the retention, at most {@code purgeBatch} per run: the deletions (and their
     * changelog tombstones) are one transaction, which must commit well within the transaction timeout. A backlog (a
     * service that was down, or replayed old measurements) drains over the next runs instead of aborting the same huge
     * transaction again and again. A bucket's hour is read from its key, so the unexpired ones cost a key comparison
     * each, not a parse.
     */
    private void purgeOlderThan(Instant cutoff) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = history.all()) {
            while (all.hasNext() && expired.size() < settings.purgeBatch()) {
                String key = all.next().key;
                Instant end = Instant.ofEpochSecond((ViewKeys.hourOfBucket(key) + 1) * 3600);
                if (end.isBefore(cutoff)) expired.add(key);
            }
        }
        expired.forEach(history::delete);
    }

    /** Drops the ids of measurements counted in hours past the history's retention, a bounded batch (every second). */
    void dropExpiredIds(Instant now) {
        countedIds.dropBefore(now.minus(settings.historyRetention()), settings.purgeBatch());
    }

    private static String bucketKey(Measurement m) {
        return ViewKeys.bucket(m.productId(), m.version(), m.kpi(), HourlyBucket.hourOf(m.measuredAt()));
    }

    private static void put(KeyValueStore<String, byte[]> store, String key, Object value) {
        store.put(key, Json.write(value));
    }

    private static <V> List<V> scan(KeyValueStore<String, byte[]> store, String prefix, Class<V> type) {
        List<V> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> values.add(Json.read(kv.value, type)));
        }
        return values;
    }

    private static <V> V read(KeyValueStore<String, byte[]> store, String key, Class<V> type) {
        byte[] json = store.get(key);
        return json == null ? null : Json.read(json, type);
    }
}
