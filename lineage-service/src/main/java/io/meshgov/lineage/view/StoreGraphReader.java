package io.meshgov.lineage.view;

import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ReadModelViews;
import io.meshgov.lineage.graph.DatasetReader;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.GraphReader;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.ServedDataset;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.graph.VersionRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The graph as this instance's read model holds it. Each call raises StoreNotReady while it restores. */
public final class StoreGraphReader implements GraphReader {

    private final ReadModelViews views;

    /** @param views this instance's copy of a processing store, by the name of its global store */
    public StoreGraphReader(Function<String, ReadOnlyKeyValueStore<String, byte[]>> views) {
        this.views = new ReadModelViews(views);
    }

    @Override
    public Optional<VersionNode> version(String nodeId) {
        byte[] json = views.of(ViewKeys.VERSIONS).get(nodeId);
        return Optional.ofNullable(json).map(bytes -> Json.read(bytes, VersionNode.class));
    }

    @Override
    public List<VersionNode> versionsOf(String productId) {
        return views.scan(ViewKeys.VERSIONS, NodeIds.versionsOf(productId), VersionNode.class);
    }

    @Override
    public Optional<VersionRuns> runs(String nodeId) {
        byte[] json = views.of(ViewKeys.RUNS).get(nodeId);
        return Optional.ofNullable(json).map(bytes -> Json.read(bytes, VersionRuns.class));
    }

    /** Every version's runs, in node id order. */
    public List<VersionRuns> allRuns() {
        return views.scan(ViewKeys.RUNS, "version:", VersionRuns.class);
    }

    @Override
    public Optional<ServedDataset> served(String namespace, String name) {
        byte[] json = views.of(ViewKeys.DATASETS).get(ServedDataset.key(namespace, name));
        return Optional.ofNullable(json).map(bytes -> Json.read(bytes, ServedDataset.class));
    }

    @Override
    public List<ServedDataset> servedBy(String versionNodeId) {
        return views.scan(ViewKeys.DATASETS, ServedDataset.byVersionPrefix(versionNodeId), ServedDataset.class);
    }

    @Override
    public List<DatasetReader> readersOf(String uri) {
        return views.scan(ViewKeys.READERS, DatasetReader.prefix(uri), DatasetReader.class);
    }

    @Override
    public List<Edge> outgoing(String nodeId) {
        return views.scan(ViewKeys.OUTGOING, nodeId + ViewKeys.SEP, Edge.class);
    }

    @Override
    public List<Edge> incoming(String nodeId) {
        return views.scan(ViewKeys.INCOMING, nodeId + ViewKeys.SEP, Edge.class);
    }

    /** Every version node's id and every edge's ends and kind, for metrics: read from the keys, nothing parsed. */
    public List<String> versionIds() {
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = views.of(ViewKeys.VERSIONS).all()) {
            it.forEachRemaining(kv -> ids.add(kv.key));
        }
        return ids;
    }

    /** Each edge as {@code [from, to, kind]}. */
    public List<String[]> edgeEnds() {
        List<String[]> ends = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = views.of(ViewKeys.OUTGOING).all()) {
            it.forEachRemaining(kv -> ends.add(ViewKeys.endsOf(kv.key)));
        }
        return ends;
    }
}
