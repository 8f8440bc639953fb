package io.meshgov.lineage.graph;

import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The graph with unversioned inputs bound: an input naming a product without a version is bound to that product's
 * newest version that was ACTIVE when the reading version was published (by the events' own times, so the answer
 * does not depend on the order the topics were read in). Until such a version exists it stays on the product node.
 */
public final class LineageGraph {

    private final GraphReader reader;

    public LineageGraph(GraphReader reader) {
        this.reader = reader;
    }

    public Optional<VersionNode> version(String nodeId) {
        return reader.version(nodeId);
    }

    public List<VersionNode> versionsOf(String productId) {
        return reader.versionsOf(productId);
    }

    /**
     * Edges leaving a node, unbound inputs included where they bind to it, and the inputs runs were observed reading
     * from it (a version through the datasets it serves, a source as the dataset no version serves); consumers are
     * where lineage ends.
     */
    public List<Edge> downstream(String nodeId) {
        NodeKind kind = NodeIds.kindOf(nodeId);
        if (kind == NodeKind.CONSUMER) return List.of();
        List<Edge> edges = new ArrayList<>(reader.outgoing(nodeId));
        Set<String> readers = new TreeSet<>();
        if (kind == NodeKind.PRODUCT_VERSION && !reader.hides(nodeId)) {
            VersionNode self = reader.version(nodeId).orElse(null);
            if (self != null) {
                for (Edge unbound : reader.outgoing(NodeIds.product(self.productId()))) {
                    if (bindingOf(unbound).filter(nodeId::equals).isPresent()) edges.add(unbound.boundTo(nodeId));
                }
            }
            for (ServedDataset served : reader.servedBy(nodeId)) {
                for (DatasetReader r : reader.readersOf(served.namespace() + "/" + served.name())) {
                    if (r.namespace().equals(served.namespace()) && r.name().equals(served.name())) {
                        readers.add(r.reader());
                    }
                }
            }
        } else if (kind == NodeKind.PRODUCT) {
            edges.removeIf(e -> bindingOf(e).isPresent());
        } else if (kind == NodeKind.SOURCE) {
            for (DatasetReader r : reader.readersOf(nodeId.substring("source:".length()))) {
                if (reader.served(r.namespace(), r.name()).isEmpty()) readers.add(r.reader());
            }
        }
        if (readers.isEmpty()) return edges;
        Map<String, Edge> byTarget = new LinkedHashMap<>();
        for (Edge edge : edges) byTarget.put(edge.to() + "\u0000" + edge.kind(), edge);
        for (String to : readers) {
            for (Edge input : withObserved(to, declaredInputs(to))) {
                if (input.from().equals(nodeId)) byTarget.put(input.to() + "\u0000" + input.kind(), input);
            }
        }
        return new ArrayList<>(byTarget.values());
    }

    /**
     * Edges arriving at a node, each unbound input replaced by the version it binds to; a version's inputs also as its
     * runs showed them (one edge per input node, declared, observed or both).
     */
    public List<Edge> upstream(String nodeId) {
        List<Edge> edges = declaredInputs(nodeId);
        if (NodeIds.kindOf(nodeId) != NodeKind.PRODUCT_VERSION || reader.hides(nodeId)) return edges;
        return withObserved(nodeId, edges);
    }

    private List<Edge> declaredInputs(String nodeId) {
        List<Edge> edges = new ArrayList<>();
        for (Edge edge : reader.incoming(nodeId)) {
            edges.add(
                    NodeIds.kindOf(edge.from()) == NodeKind.PRODUCT
                            ? bindingOf(edge).map(edge::boundTo).orElse(edge)
                            : edge);
        }
        return edges;
    }

    /**
     * A version's declared inputs merged with the inputs its runs read, one edge per input node: a dataset the catalog
     * bound is its version's node, any other its {@code source:} node.
     */
    private List<Edge> withObserved(String readerId, List<Edge> declared) {
        Optional<VersionRuns> runs = reader.runs(readerId);
        if (runs.isEmpty()) return declared;
        Map<String, Edge> byFrom = new LinkedHashMap<>();
        for (Edge edge : declared) byFrom.put(edge.from() + "\u0000" + edge.kind(), edge);
        ObservedLineage lineage = ObservedLineage.of(runs.get(), reader.incoming(readerId), reader::served);
        for (ObservedLineage.Input input : lineage.inputs()) {
            String from = input.servedBy() != null
                    ? input.servedBy()
                    : ServedDataset.sourceNode(input.namespace(), input.name());
            Edge.Observed seen =
                    new Edge.Observed(input.namespace(), input.name(), input.lastRunId(), input.lastRunAt());
            String key = from + "\u0000" + Edge.EdgeKind.INPUT;
            Edge known = byFrom.get(key);
            byFrom.put(
                    key, known != null ? known.seen(seen) : Edge.observedInput(from, readerId, input.declared(), seen));
        }
        return new ArrayList<>(byFrom.values());
    }

    /** The version an unbound input edge binds to, if one was active when its reader was published. */
    public Optional<String> bindingOf(Edge unbound) {
        if (NodeIds.kindOf(unbound.from()) != NodeKind.PRODUCT) return Optional.empty();
        Optional<VersionNode> reading = reader.version(unbound.to());
        if (reading.isEmpty()) return Optional.empty();
        String productId = unbound.from().substring("product:".length());
        return newestActive(productId, reading.get().publishedAt()).map(VersionNode::id);
    }

    private Optional<VersionNode> newestActive(String productId, Instant at) {
        return reader.versionsOf(productId).stream()
                .filter(v -> v.activeAt(at))
                .max(Comparator.comparing(v -> SemanticVersion.parse(v.version())));
    }

    /** What the API shows of a node; consumer and source facts come from their edges. */
    public Node node(String nodeId) {
        NodeKind kind = NodeIds.kindOf(nodeId);
        switch (kind) {
            case PRODUCT_VERSION -> {
                VersionNode v = reader.version(nodeId).orElse(null);
                if (v == null) return new Node(nodeId, kind, nodeId, null, "UNKNOWN", null, null, null);
                return new Node(
                        nodeId,
                        kind,
                        v.name() + " " + v.version(),
                        v.domain(),
                        reader.hides(nodeId) ? null : v.status().name(), // restricted: id, name and owner only
                        v.productId(),
                        v.version(),
                        null);
            }
            case CONSUMER -> {
                Optional<Edge> first = reader.incoming(nodeId).stream()
                        .min(Comparator.comparing(Edge::since).thenComparing(Edge::from));
                String id = nodeId.substring("consumer:".length());
                return new Node(
                        nodeId,
                        kind,
                        id,
                        first.map(Edge::consumerDomain).orElse(null),
                        null,
                        null,
                        null,
                        first.map(Edge::contact).orElse(null));
            }
            case SOURCE -> {
                String uri = nodeId.substring("source:".length());
                Optional<VersionNode> firstReader = java.util.stream.Stream.concat(
                                reader.outgoing(nodeId).stream().map(Edge::to),
                                reader.readersOf(uri).stream().map(DatasetReader::reader))
                        .map(reader::version)
                        .flatMap(Optional::stream)
                        .min(Comparator.comparing(VersionNode::publishedAt).thenComparing(VersionNode::id));
                return new Node(
                        nodeId, kind, uri, firstReader.map(VersionNode::domain).orElse(null), null, null, null, null);
            }
            default -> {
                String productId = nodeId.substring("product:".length());
                String domain = reader.versionsOf(productId).stream()
                        .map(VersionNode::domain)
                        .findFirst()
                        .orElse(null);
                return new Node(nodeId, kind, productId, domain, "UNBOUND", productId, null, null);
            }
        }
    }
}
