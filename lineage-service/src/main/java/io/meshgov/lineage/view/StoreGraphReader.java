package io.meshgov.lineage.view;

import io.meshgov.kit.streams.Json;
import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.GraphReader;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.VersionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The graph as this instance's read model holds it. Each call raises StoreNotReady while it restores. */
public final class StoreGraphReader implements GraphReader {

    private static final StringSerializer KEYS = new StringSerializer();
    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> store;

    public StoreGraphReader(Supplier<ReadOnlyKeyValueStore<String, byte[]>> store) {
        this.store = store;
    }

    @Override
    public Optional<VersionNode> version(String nodeId) {
        byte[] json = store.get().get(ViewKeys.version(nodeId));
        return Optional.ofNullable(json).map(bytes -> Json.read(bytes, VersionNode.class));
    }

    @Override
    public List<VersionNode> versionsOf(String productId) {
        return scan(ViewKeys.VERSION + NodeIds.versionsOf(productId), VersionNode.class);
    }

    @Override
    public List<Edge> outgoing(String nodeId) {
        return scan(ViewKeys.OUT + nodeId + ViewKeys.SEP, Edge.class);
    }

    @Override
    public List<Edge> incoming(String nodeId) {
        return scan(ViewKeys.IN + nodeId + ViewKeys.SEP, Edge.class);
    }

    /** Every version node and edge, for metrics. */
    public List<VersionNode> allVersions() {
        return scan(ViewKeys.VERSION, VersionNode.class);
    }

    public List<Edge> allEdges() {
        return scan(ViewKeys.OUT, Edge.class);
    }

    private <T> List<T> scan(String prefix, Class<T> type) {
        List<T> values = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.get().prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> values.add(Json.read(kv.value, type)));
        }
        return values;
    }
}
