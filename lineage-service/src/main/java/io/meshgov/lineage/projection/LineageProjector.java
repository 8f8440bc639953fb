package io.meshgov.lineage.projection;

import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.graph.VersionStatus;
import io.meshgov.mesh.SemanticVersion;
import java.util.Optional;

/**
 * Turns an input the catalog accepted into graph changes. No governance rule is decided here: the catalog decided
 * them once; an input is applied once, at its position, and a position already applied (the accepted topic read
 * again) changes nothing.
 */
public final class LineageProjector {

    public GraphChanges apply(LineageEvent event, KnownProduct known) {
        if (event.position() <= known.appliedUpTo()) return GraphChanges.none();
        GraphChanges changes = GraphChanges.applied(event.productId(), event.position());
        String version = SemanticVersion.parse(event.version()).toString();
        Optional<VersionNode> existing = known.version(version);
        if (event instanceof LineageEvent.Published e) {
            VersionNode node = new VersionNode(
                    e.productId(),
                    version,
                    e.name(),
                    e.domain(),
                    VersionStatus.ACTIVE,
                    e.at(),
                    null,
                    null,
                    e.classification());
            changes.version(node);
            for (LineageEvent.Input input : e.inputs()) changes.add(inputEdge(input, node.id()));
            return changes;
        }
        if (existing.isEmpty()) return changes; // the catalog accepted it, so its version exists: nothing to attach to
        VersionNode node = existing.get();
        if (event instanceof LineageEvent.Deprecated e) {
            return changes.version(node.withStatus(VersionStatus.DEPRECATED, e.at()));
        }
        if (event instanceof LineageEvent.Retired e) {
            return changes.version(node.withStatus(VersionStatus.RETIRED, e.at()));
        }
        if (event instanceof LineageEvent.StatusDecided e) {
            return e.status() == node.status() ? changes : changes.version(node.withStatus(e.status(), e.at()));
        }
        if (event instanceof LineageEvent.Registered e) {
            return changes.add(Edge.consumes(
                    node.id(), NodeIds.consumer(e.consumerId()), e.domain(), e.kind(), e.contact(), e.at()));
        }
        LineageEvent.Deregistered e = (LineageEvent.Deregistered) event;
        return changes.remove(
                Edge.consumes(node.id(), NodeIds.consumer(e.consumerId()), e.domain(), null, null, e.at()));
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
