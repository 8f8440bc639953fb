package io.meshgov.lineage.stream;

import io.meshgov.kit.inbound.InboundEdge;
import io.meshgov.kit.inbound.Inputs;
import io.meshgov.kit.inbound.TopicKind;
import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.lineage.graph.DatasetReader;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.ServedDataset;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.graph.VersionRuns;
import io.meshgov.lineage.view.ViewKeys;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.MeshEventType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * <pre>
 * mesh.governance.accepted (the inputs catalog-service accepted, keyed by product, in its order)
 *   → decode (undecodable → mesh.dlq.lineage-service), no repartition: its one writer keys it by product
 *   → project (stores: version nodes, edges by source, edges by target; positions applied per product; the runs
 *     the catalog bound to each version, the datasets it bound (by dataset and by version), each dataset's readers)
 * the graph stores' changelogs → a global copy of each on every instance
 * </pre>
 *
 * The accepted topic is read by pattern, so lineage starts before the catalog has created it. Its partitions are
 * lineage's tasks: the catalog and lineage must be set to the same partition count (checked at start).
 */
public final class LineageTopology {

    public static final String SERVICE = "lineage-service";
    static final List<String> VIEWED = List.of(
            ViewKeys.VERSIONS,
            ViewKeys.OUTGOING,
            ViewKeys.INCOMING,
            ViewKeys.RUNS,
            ViewKeys.DATASETS,
            ViewKeys.READERS);
    private static final TopicKind ACCEPTED = TopicKind.platform(
            MeshEventType.EVENT_ACCEPTED,
            MeshEventType.LIFECYCLE_DECIDED,
            MeshEventType.RUN_ACCEPTED,
            MeshEventType.DATASET_BOUND);

    private LineageTopology() {}

    public static KStream<Void, Void> build(StreamsBuilder builder, LineageSettings settings, ReadModel readModel) {
        builder.addStateStore(ReadModel.store(ViewKeys.VERSIONS, Json.serde(VersionNode.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.OUTGOING, Json.serde(Edge.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.INCOMING, Json.serde(Edge.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.POSITIONS, Serdes.Long()));
        builder.addStateStore(ReadModel.store(ViewKeys.RUNS, Json.serde(VersionRuns.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.DATASETS, Json.serde(ServedDataset.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.READERS, Json.serde(DatasetReader.class)));
        Inputs inputs = new Inputs(
                SERVICE,
                Pattern.compile(Pattern.quote(Topics.GOVERNANCE_ACCEPTED)),
                topic -> topic.equals(Topics.GOVERNANCE_ACCEPTED) ? Optional.of(ACCEPTED) : Optional.empty(),
                Topics.LINEAGE_DEAD_LETTER,
                settings.partitions(),
                EventCodec.singleObject()); // the catalog's decisions: always single-object encoded
        KStream<Void, Void> graph = InboundEdge.keyedByProduct(builder, inputs)
                .process(
                        LineageProcessor::new,
                        Named.as("project"),
                        ViewKeys.VERSIONS,
                        ViewKeys.OUTGOING,
                        ViewKeys.INCOMING,
                        ViewKeys.POSITIONS,
                        ViewKeys.RUNS,
                        ViewKeys.DATASETS,
                        ViewKeys.READERS);
        readModel.addTo(builder);
        return graph;
    }

    public static ReadModel readModel(String applicationId) {
        return new ReadModel(applicationId, VIEWED);
    }
}
