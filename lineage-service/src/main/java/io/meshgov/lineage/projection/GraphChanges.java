package io.meshgov.lineage.projection;

import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.VersionNode;
import java.util.ArrayList;
import java.util.List;

/** What one event changes in the graph; empty when it changes nothing. */
public final class GraphChanges {

    private final List<VersionNode> versions = new ArrayList<>();
    private final List<Edge> added = new ArrayList<>();
    private final List<Edge> removed = new ArrayList<>();

    static GraphChanges none() {
        return new GraphChanges();
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
        return versions.isEmpty() && added.isEmpty() && removed.isEmpty();
    }
}
