package io.meshgov.lineage.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored graph read at most once per question for the length of one traversal: binding an unversioned input
 * asks for the same product's versions again and again, and the answer's nodes ask again for what the walk read.
 */
public final class CachedReader implements GraphReader {

    private final GraphReader graph;
    private final Map<String, Optional<VersionNode>> versions = new HashMap<>();
    private final Map<String, List<VersionNode>> versionsOf = new HashMap<>();
    private final Map<String, List<Edge>> outgoing = new HashMap<>();
    private final Map<String, List<Edge>> incoming = new HashMap<>();
    private final Map<String, Optional<VersionRuns>> runs = new HashMap<>();
    private final Map<String, Optional<ServedDataset>> served = new HashMap<>();
    private final Map<String, List<DatasetReader>> readers = new HashMap<>();

    public CachedReader(GraphReader graph) {
        this.graph = graph;
    }

    @Override
    public Optional<VersionNode> version(String nodeId) {
        return versions.computeIfAbsent(nodeId, graph::version);
    }

    @Override
    public List<VersionNode> versionsOf(String productId) {
        return versionsOf.computeIfAbsent(productId, graph::versionsOf);
    }

    @Override
    public List<Edge> outgoing(String nodeId) {
        return outgoing.computeIfAbsent(nodeId, graph::outgoing);
    }

    @Override
    public List<Edge> incoming(String nodeId) {
        return incoming.computeIfAbsent(nodeId, graph::incoming);
    }

    @Override
    public boolean hides(String nodeId) {
        return graph.hides(nodeId);
    }

    @Override
    public Optional<VersionRuns> runs(String versionNodeId) {
        return runs.computeIfAbsent(versionNodeId, graph::runs);
    }

    @Override
    public Optional<ServedDataset> served(String namespace, String name) {
        return served.computeIfAbsent(ServedDataset.key(namespace, name), key -> graph.served(namespace, name));
    }

    @Override
    public List<ServedDataset> servedBy(String versionNodeId) {
        return graph.servedBy(versionNodeId);
    }

    @Override
    public List<DatasetReader> readersOf(String uri) {
        return readers.computeIfAbsent(uri, graph::readersOf);
    }
}
