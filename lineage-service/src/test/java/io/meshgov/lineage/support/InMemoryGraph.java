package io.meshgov.lineage.support;

import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.GraphReader;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.projection.GraphChanges;
import io.meshgov.lineage.projection.KnownProduct;
import io.meshgov.lineage.projection.LineageProjector;
import io.meshgov.lineage.stream.EventTranslation;
import io.meshgov.wire.MeshEventType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The projector and the graph in memory, applying changes as the stream processor and the read model do. */
public final class InMemoryGraph implements GraphReader {

    private final LineageProjector projector = new LineageProjector();
    private final Map<String, VersionNode> versions = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();

    public InMemoryGraph apply(List<LineageMesh.Step> steps) {
        steps.forEach(this::apply);
        return this;
    }

    public void apply(LineageMesh.Step step) {
        String productId = MeshEventType.productIdOf(step.event());
        var event = EventTranslation.toLineageEvent(step.event(), step.domain());
        GraphChanges changes = projector.apply(event, known(productId));
        changes.versions().forEach(v -> versions.put(v.id(), v));
        changes.added().forEach(e -> edges.put(key(e), e));
        changes.removed().forEach(e -> edges.remove(key(e)));
    }

    private KnownProduct known(String productId) {
        return new KnownProduct() {
            @Override
            public Optional<String> owner() {
                return versionsOf(productId).stream().map(VersionNode::domain).findFirst();
            }

            @Override
            public Optional<VersionNode> version(String fullVersion) {
                return InMemoryGraph.this.version(NodeIds.version(productId, fullVersion));
            }
        };
    }

    private static String key(Edge e) {
        return e.from() + "|" + e.to() + "|" + e.kind();
    }

    @Override
    public Optional<VersionNode> version(String nodeId) {
        return Optional.ofNullable(versions.get(nodeId));
    }

    @Override
    public List<VersionNode> versionsOf(String productId) {
        return versions.values().stream()
                .filter(v -> v.productId().equals(productId))
                .toList();
    }

    @Override
    public List<Edge> outgoing(String nodeId) {
        return edges.values().stream().filter(e -> e.from().equals(nodeId)).toList();
    }

    @Override
    public List<Edge> incoming(String nodeId) {
        return edges.values().stream().filter(e -> e.to().equals(nodeId)).toList();
    }
}
