package io.meshgov.lineage.projection;

import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.mesh.SemanticVersion;
import java.util.Optional;

/** Decides the graph changes of one event, given what is known of its product (empty if nothing yet). */
public final class LineageProjector {

    public GraphChanges apply(LineageEvent event, KnownProduct known) {
        if (!SemanticVersion.isValid(event.version())) return GraphChanges.none();
        String version = SemanticVersion.parse(event.version()).toString();
        Optional<VersionNode> existing = known.version(version);
        boolean owner =
                known.owner().map(domain -> domain.equals(event.domain())).orElse(true);
        if (event instanceof LineageEvent.Published e) {
            if (!owner || existing.isPresent()) return GraphChanges.none();
            VersionNode node = new VersionNode(
                    e.productId(), version, e.name(), e.domain(), "ACTIVE", e.at(), null, null, e.classification());
            GraphChanges changes = GraphChanges.none().version(node);
            for (LineageEvent.Input input : e.inputs()) changes.add(inputEdge(input, node.id()));
            return changes;
        }
        if (existing.isEmpty()) return GraphChanges.none();
        VersionNode node = existing.get();
        if (event instanceof LineageEvent.Deprecated e) {
            if (!owner || !node.status().equals("ACTIVE")) return GraphChanges.none();
            return GraphChanges.none()
                    .version(new VersionNode(
                            node.productId(),
                            version,
                            node.name(),
                            node.domain(),
                            "DEPRECATED",
                            node.publishedAt(),
                            e.at(),
                            null,
                            node.classification()));
        }
        if (event instanceof LineageEvent.Retired e) {
            if (!owner || !node.status().equals("DEPRECATED")) return GraphChanges.none();
            return GraphChanges.none()
                    .version(new VersionNode(
                            node.productId(),
                            version,
                            node.name(),
                            node.domain(),
                            "RETIRED",
                            node.publishedAt(),
                            node.deprecatedAt(),
                            e.at(),
                            node.classification()));
        }
        if (event instanceof LineageEvent.Registered e) {
            if (node.status().equals("RETIRED")) return GraphChanges.none();
            return GraphChanges.none()
                    .add(Edge.consumes(
                            node.id(), NodeIds.consumer(e.consumerId()), e.domain(), e.kind(), e.contact(), e.at()));
        }
        LineageEvent.Deregistered e = (LineageEvent.Deregistered) event;
        return GraphChanges.none()
                .remove(Edge.consumes(node.id(), NodeIds.consumer(e.consumerId()), e.domain(), null, null, e.at()));
    }

    private static Edge inputEdge(LineageEvent.Input input, String to) {
        if (input.sourceUri() != null) return Edge.input(NodeIds.source(input.sourceUri()), to, null);
        if (input.version() == null || !SemanticVersion.isValid(input.version())) {
            return Edge.input(NodeIds.product(input.productId()), to, null);
        }
        String full = SemanticVersion.parse(input.version()).toString();
        return Edge.input(NodeIds.version(input.productId(), full), to, input.version());
    }
}
