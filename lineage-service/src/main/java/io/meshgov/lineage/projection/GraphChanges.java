package io.meshgov.lineage.projection;

import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.VersionNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What one accepted input changes in the graph, and the position it brings its product to (null when it changes
 * nothing, as when it was applied before).
 */
public final class GraphChanges {

    private String productId;
    private Long position;

    private final List<VersionNode> versions = new ArrayList<>();
    private final List<Edge> added = new ArrayList<>();
    private final List<Edge> removed = new ArrayList<>();

    static GraphChanges none() {
        return new GraphChanges();
    }

    static GraphChanges applied(String productId, long position) {
        GraphChanges changes = new GraphChanges();
        changes.productId = productId;
        changes.position = position;
        return changes;
    }

    public String productId() {
        return productId;
    }

    /** The product's position after this input; null when nothing was applied. */
    public Long position() {
        return position;
    }

    GraphChanges version(VersionNode version) {
        versions.add(version);
        return this;
    }

    GraphChanges add(Edge edge) {
        added.add(edge);
        return this;
    }

    GraphChanges remove(Edge edge) {
        removed.add(edge);
        return this;
    }

    public List<VersionNode> versions() {
        return versions;
    }

    public List<Edge> added() {
        return added;
    }

    public List<Edge> removed() {
        return removed;
    }

    public boolean isEmpty() {
        return position == null && versions.isEmpty() && added.isEmpty() && removed.isEmpty();
    }
}
