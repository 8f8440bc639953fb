package io.meshgov.lineage.support;

import io.meshgov.events.EventAccepted;
import io.meshgov.kit.test.CatalogDecisions;
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

/**
 * The projector and the graph in memory, applying changes as the stream processor and the read model do. Each step
 * is applied as an input the catalog accepted (in the order given, numbered per product).
 */
public final class InMemoryGraph implements GraphReader {

    private final LineageProjector projector = new LineageProjector();
    private final Map<String, VersionNode> versions = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private final Map<String, Long> positions = new LinkedHashMap<>();

    public InMemoryGraph apply(List<LineageMesh.Step> steps) {
        steps.forEach(this::apply);
        return this;
    }

    public void apply(LineageMesh.Step step) {
        String productId = MeshEventType.productIdOf(step.event());
        long position = positions.getOrDefault(productId, 0L) + 1;
        apply(CatalogDecisions.accepted(step.domain(), step.event(), position, 0));
    }

    /** One accepted input, as lineage reads it from the catalog's topic. */
    public void apply(EventAccepted accepted) {
        var event = EventTranslation.toLineageEvent(accepted);
        GraphChanges changes = projector.apply(event, known(event.productId()));
        changes.versions().forEach(v -> versions.put(v.id(), v));
        changes.added().forEach(e -> edges.put(key(e), e));
        changes.removed().forEach(e -> edges.remove(key(e)));
        if (changes.position() != null) positions.put(changes.productId(), changes.position());
    }

    private KnownProduct known(String productId) {
        return new KnownProduct() {
            @Override
            public long appliedUpTo() {
                return positions.getOrDefault(productId, 0L);
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
