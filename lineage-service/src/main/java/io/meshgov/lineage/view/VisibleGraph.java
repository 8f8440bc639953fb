package io.meshgov.lineage.view;

import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.Visibility;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.GraphReader;
import io.meshgov.lineage.graph.VersionNode;
import java.util.List;
import java.util.Optional;

/**
 * The graph as a caller may see it: a version whose classification hides it from the caller is its own node and
 * nothing beyond (no inputs, readers or consumers through it), so every traversal stops there.
 */
final class VisibleGraph implements GraphReader {

    private final GraphReader graph;
    private final Caller caller;

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
        return hidden(nodeId) ? List.of() : graph.outgoing(nodeId);
    }

    @Override
    public List<Edge> incoming(String nodeId) {
        return hidden(nodeId) ? List.of() : graph.incoming(nodeId);
    }

    private boolean hidden(String nodeId) {
        return graph.version(nodeId).map(v -> !maySee(caller, v)).orElse(false);
    }
}
