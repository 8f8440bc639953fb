package io.meshgov.quality.stream;

import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.quality.slo.StalenessWindows;
import io.meshgov.quality.tracking.QualityTracker;
import io.meshgov.quality.view.QualityReadModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * One task's stores of bytes in memory, as {@link QualityStores} declares them, with the {@link QualityState}
 * the processing keeps over them and a read model whose views are the same stores (a view holds its changelog's
 * bytes, which are the store's).
 */
final class QualityTask {

    private static final List<String> JSON_BYTES =
            List.of(QualityStores.VERSIONS, QualityStores.KPIS, QualityStores.HISTORY, QualityStores.PRODUCTS);
    private static final List<String> BYTES =
            Stream.concat(JSON_BYTES.stream(), Stream.of(QualityStores.COUNTED)).toList();

    private final MockProcessorContext<String, Emission> context = new MockProcessorContext<>();
    private final QualityState state;

    QualityTask() {
        this(0);
    }

    /** With at most {@code purgeBatch} expired buckets (and counted ids) dropped per check (0: the default). */
    QualityTask(int purgeBatch) {
        for (String name : BYTES) {
            KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(
                            Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.ByteArray())
                    .withLoggingDisabled()
                    .build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        state = new QualityState(
                context,
                new QualityTracker(new StalenessWindows(Duration.ofHours(24), Map.of())),
                settings(purgeBatch));
    }

    private static QualitySettings settings(int purgeBatch) {
        return new QualitySettings(
                1,
                (short) 1,
                Duration.ofHours(24),
                Map.of(),
                Duration.ofMinutes(1),
                Duration.ofDays(90),
                List.of(),
                purgeBatch,
                null,
                0);
    }

    /** A task whose store holds {@code stored} under {@code key}, as a restore from its changelog would leave it. */
    static QualityTask holding(String store, String key, byte[] stored) {
        QualityTask task = new QualityTask();
        task.store(store).put(key, stored);
        return task;
    }

    QualityState state() {
        return state;
    }

    byte[] stored(String store, String key) {
        return store(store).get(key);
    }

    long count(String store) {
        return store(store).approximateNumEntries();
    }

    QualityReadModel readModel() {
        return new QualityReadModel(view -> store(JSON_BYTES.stream()
                .filter(name -> ReadModel.viewOf(name).equals(view))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no view " + view))));
    }

    private KeyValueStore<String, byte[]> store(String name) {
        return context.getStateStore(name);
    }
}
