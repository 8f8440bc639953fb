package io.meshgov.quality.stream;

import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.MeshEdge;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.quality.slo.StalenessWindows;
import io.meshgov.quality.tracking.MeasurementCheck;
import io.meshgov.quality.tracking.QualityTracker;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * <pre>
 * mesh.&lt;domain&gt;.quality|products → decode (undecodable → mesh.dlq.quality-service)
 *   → re-key by productId, repartition (a version's measurements meet its objectives in one task)
 *   → track (stores: versions, kpis, hourly history, seen ids) → mesh.quality.status, invalid → dead letters,
 *     read model → mesh.internal.quality-view → global store quality-view on every instance
 * </pre>
 */
public final class QualityTopology {

    public static final String SERVICE = "quality-service";
    public static final String VIEW_STORE = "quality-view";

    private QualityTopology() {}

    public static KStream<String, Emission> build(StreamsBuilder builder, QualitySettings settings, Clock clock) {
        Serde<String> keys = Serdes.String();
        Serde<byte[]> bytes = Serdes.ByteArray();
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(QualityStores.VERSIONS), keys, bytes));
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(QualityStores.KPIS), keys, bytes));
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(QualityStores.HISTORY), keys, bytes));
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(QualityStores.SEEN), keys, Serdes.Long()));

        QualityTracker tracker =
                new QualityTracker(new StalenessWindows(settings.staleness(), settings.stalenessPerKpi()));
        MeasurementCheck check = new MeasurementCheck(new HashSet<>(settings.countKpis()));
        KStream<String, Emission> emissions = MeshEdge.eventsByProduct(
                        builder,
                        Topics.anyOf(InputTopic.QUALITY, InputTopic.PRODUCTS),
                        SERVICE,
                        Topics.QUALITY_DEAD_LETTER,
                        Map.of(),
                        settings.partitions())
                .process(
                        () -> new QualityProcessor(tracker, check, settings, clock),
                        Named.as("track"),
                        QualityStores.VERSIONS,
                        QualityStores.KPIS,
                        QualityStores.HISTORY,
                        QualityStores.SEEN);
        MeshEdge.emit(emissions);
        MeshEdge.readModel(builder, VIEW_STORE, settings.viewTopic());
        return emissions;
    }
}
