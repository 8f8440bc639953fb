package io.meshgov.quality.stream;

import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.MeshEdge;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.quality.slo.StalenessWindows;
import io.meshgov.quality.tracking.MeasurementCheck;
import io.meshgov.quality.tracking.QualityTracker;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * <pre>
 * mesh.&lt;domain&gt;.quality|products → decode (undecodable → mesh.dlq.quality-service)
 *   → re-key by productId, repartition (a version's measurements meet its objectives in one task)
 *   → track (stores: versions, kpis, hourly history with the ids it counted) → mesh.quality.status, invalid → dead letters
 * the changelogs of versions, kpis and history → a global copy of each on every instance
 * </pre>
 */
public final class QualityTopology {

    public static final String SERVICE = "quality-service";

    private QualityTopology() {}

    public static KStream<String, Emission> build(
            StreamsBuilder builder, QualitySettings settings, Clock clock, ReadModel readModel) {
        builder.addStateStore(ReadModel.store(QualityStores.VERSIONS, Serdes.ByteArray()));
        builder.addStateStore(ReadModel.store(QualityStores.KPIS, Serdes.ByteArray()));
        builder.addStateStore(ReadModel.store(QualityStores.HISTORY, Serdes.ByteArray()));

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
                        QualityStores.HISTORY);
        MeshEdge.emit(emissions);
        readModel.addTo(builder);
        return emissions;
    }

    public static ReadModel readModel(String applicationId) {
        return new ReadModel(applicationId, QualityStores.VIEWED);
    }
}
