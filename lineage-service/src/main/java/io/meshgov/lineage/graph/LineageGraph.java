package io.meshgov.lineage.graph;

import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /** Edges leaving a node, unbound inputs included where they bind to it; consumers are where lineage ends. */
    public List<Edge> downstream(String nodeId) {
        NodeKind kind = NodeIds.kindOf(nodeId);
        if (kind == NodeKind.CONSUMER) return List.of();
        List<Edge> edges = new ArrayList<>(reader.outgoing(nodeId));
        if (kind == NodeKind.PRODUCT_VERSION && !reader.hides(nodeId)) {
            VersionNode self = reader.version(nodeId).orElse(null);
            if (self != null) {
                for (Edge unbound : reader.outgoing(NodeIds.product(self.productId()))) {
                    if (bindingOf(unbound).filter(nodeId::equals).isPresent()) edges.add(unbound.boundTo(nodeId));
                }
            }
        } else if (kind == NodeKind.PRODUCT) {
            edges.removeIf(e -> bindingOf(e).isPresent());
        }
        return edges;
    }

    /** Edges arriving at a node, each unbound input replaced by the version it binds to. */
    public List<Edge> upstream(String nodeId) {
        List<Edge> edges = new ArrayList<>();
        for (Edge edge : reader.incoming(nodeId)) {
            edges.add(
                    NodeIds.kindOf(edge.from()) == NodeKind.PRODUCT
                            ? bindingOf(edge).map(edge::boundTo).orElse(edge)
                            : edge);
        }
        return edges;
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
                Optional<VersionNode> firstReader = reader.outgoing(nodeId).stream()
                        .map(e -> reader.version(e.to()))
                        .flatMap(Optional::stream)
                        .min(Comparator.comparing(VersionNode::publishedAt).thenComparing(VersionNode::id));
                return new Node(
                        nodeId,
                        kind,
                        nodeId.substring("source:".length()),
                        firstReader.map(VersionNode::domain).orElse(null),
                        null,
                        null,
                        null,
                        null);
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
