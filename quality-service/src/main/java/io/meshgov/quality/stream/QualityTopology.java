package io.meshgov.quality.stream;

import io.meshgov.kit.inbound.InboundEdge;
import io.meshgov.kit.inbound.Inputs;
import io.meshgov.kit.inbound.TopicKind;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.MeshEdge;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.quality.slo.StalenessWindows;
import io.meshgov.quality.tracking.MeasurementCheck;
import io.meshgov.quality.tracking.MeasurementIntake;
import io.meshgov.quality.tracking.QualityTracker;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.MeshEventType;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * <pre>
 * mesh.&lt;domain&gt;.quality, mesh.governance.accepted (the inputs catalog-service accepted)
 *   → route by productId (a broken header or the wrong type → mesh.dlq.quality-service) → repartition (a
 *     version's measurements meet what the catalog accepted of it in one task) → decode, once
 *   → track (stores: versions, kpis, hourly history; the ids it counted, by hour; products' owners and positions,
 *     measurements waiting for their version) → mesh.quality.status, unusable or foreign → dead letters
 * the changelogs of versions, kpis and history → a global copy of each on every instance
 * </pre>
 */
public final class QualityTopology {

    public static final String SERVICE = "quality-service";
    private static final Pattern INPUTS =
            Pattern.compile(InputTopic.QUALITY.pattern().pattern() + "|" + Pattern.quote(Topics.GOVERNANCE_ACCEPTED));
    private static final Map<String, TopicKind> PLATFORM_INPUTS = Map.of(
            Topics.GOVERNANCE_ACCEPTED,
            TopicKind.platform(
                    MeshEventType.EVENT_ACCEPTED,
                    MeshEventType.LIFECYCLE_DECIDED,
                    MeshEventType.RUN_ACCEPTED,
                    MeshEventType.DATASET_BOUND));

    private QualityTopology() {}

    public static KStream<String, Emission> build(
            StreamsBuilder builder, QualitySettings settings, Clock clock, ReadModel readModel, EventCodec codec) {
        QualityStores.addTo(builder);
        QualityTracker tracker =
                new QualityTracker(new StalenessWindows(settings.staleness(), settings.stalenessPerKpi()));
        MeasurementIntake intake = new MeasurementIntake(new MeasurementCheck(new HashSet<>(settings.countKpis())));
        Inputs inputs = new Inputs(
                SERVICE,
                INPUTS,
                topic -> TopicKind.of(topic, PLATFORM_INPUTS, Set.of(InputTopic.QUALITY)),
                Topics.QUALITY_DEAD_LETTER,
                settings.partitions(),
                codec);
        KStream<String, Emission> emissions = InboundEdge.byProduct(builder, inputs)
                .process(
                        () -> new QualityProcessor(tracker, intake, settings, clock, codec),
                        Named.as("track"),
                        QualityStores.ALL.toArray(String[]::new));
        MeshEdge.emit(emissions);
        readModel.addTo(builder);
        return emissions;
    }

    public static ReadModel readModel(String applicationId) {
        return new ReadModel(applicationId, QualityStores.VIEWED);
    }
}
