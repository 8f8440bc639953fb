package io.meshgov.lineage.stream;

import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.MeshEdge;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.view.ViewKeys;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * <pre>
 * mesh.&lt;domain&gt;.products|consumers → decode (undecodable → mesh.dlq.lineage-service)
 *   → re-key by productId, repartition → project (stores: version nodes, edges by source, edges by target)
 * the stores' changelogs → a global copy of each on every instance
 * </pre>
 */
public final class LineageTopology {

    public static final String SERVICE = "lineage-service";
    static final List<String> STORES = List.of(ViewKeys.VERSIONS, ViewKeys.OUTGOING, ViewKeys.INCOMING);

    private LineageTopology() {}

    public static KStream<Void, Void> build(StreamsBuilder builder, LineageSettings settings, ReadModel readModel) {
        builder.addStateStore(ReadModel.store(ViewKeys.VERSIONS, Json.serde(VersionNode.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.OUTGOING, Json.serde(Edge.class)));
        builder.addStateStore(ReadModel.store(ViewKeys.INCOMING, Json.serde(Edge.class)));
        KStream<Void, Void> graph = MeshEdge.eventsByProduct(
                        builder,
                        Topics.anyOf(InputTopic.PRODUCTS, InputTopic.CONSUMERS),
                        SERVICE,
                        Topics.LINEAGE_DEAD_LETTER,
                        Map.of(),
                        settings.partitions())
                .process(LineageProcessor::new, Named.as("project"), STORES.toArray(String[]::new));
        readModel.addTo(builder);
        return graph;
    }

    public static ReadModel readModel(String applicationId) {
        return new ReadModel(applicationId, STORES);
    }
}
