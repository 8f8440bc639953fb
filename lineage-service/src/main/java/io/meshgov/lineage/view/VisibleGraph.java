package io.meshgov.lineage.view;

import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.Visibility;
import io.meshgov.lineage.graph.DatasetReader;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.GraphReader;
import io.meshgov.lineage.graph.ServedDataset;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.graph.VersionRuns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The graph as a caller may see it: a version whose classification hides it from the caller is its own node and
 * nothing beyond (no inputs, readers or consumers through it, unversioned inputs bound to it included), so every
 * traversal stops there; a consumer's facts never come from its registration to such a version.
 */
final class VisibleGraph implements GraphReader {

    private final GraphReader graph;
    private final Caller caller;
    private final Map<String, Boolean> hidden = new HashMap<>(); // one request's answers

    VisibleGraph(GraphReader graph, Caller caller) {
        this.graph = graph;
        this.caller = caller;
    }

    static GraphReader of(GraphReader graph, Caller caller) {
        return caller.local() ? graph : new VisibleGraph(graph, caller);
    }

    static boolean maySee(Caller caller, VersionNode node) {
        return Visibility.maySee(caller, node.classification(), node.domain());
    }

    @Override
    public Optional<VersionNode> version(String nodeId) {
        return graph.version(nodeId);
    }

    @Override
    public List<VersionNode> versionsOf(String productId) {
        return graph.versionsOf(productId);
    }

    @Override
    public List<Edge> outgoing(String nodeId) {
        return hides(nodeId) ? List.of() : graph.outgoing(nodeId);
    }

    @Override
    public List<Edge> incoming(String nodeId) {
        if (hides(nodeId)) return List.of();
        return graph.incoming(nodeId).stream()
                .filter(e -> e.kind() != Edge.EdgeKind.CONSUMES || !hides(e.from()))
                .toList();
    }

    @Override
    public boolean hides(String nodeId) {
        return hidden.computeIfAbsent(
                nodeId, id -> graph.version(id).map(v -> !maySee(caller, v)).orElse(false));
    }

    @Override
    public Optional<VersionRuns> runs(String versionNodeId) {
        return graph.runs(versionNodeId);
    }

    @Override
    public Optional<ServedDataset> served(String namespace, String name) {
        return graph.served(namespace, name);
    }

    @Override
    public List<ServedDataset> servedBy(String versionNodeId) {
        return hides(versionNodeId) ? List.of() : graph.servedBy(versionNodeId);
    }

    @Override
    public List<DatasetReader> readersOf(String uri) {
        return graph.readersOf(uri);
    }
}
