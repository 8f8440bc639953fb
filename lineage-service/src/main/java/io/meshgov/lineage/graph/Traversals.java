package io.meshgov.lineage.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Breadth-first traversals with a depth bound, a bound on the nodes an answer may hold, and a visited set: every node
 * is reached once, by a shortest path, so a cycle can neither hang nor repeat a node; the cycles met are reported.
 * An answer cut by either bound says {@code truncated}; the order of the walk is fixed (sorted), so a cut answer is
 * the same on every instance.
 */
public final class Traversals {

    private static final Comparator<Edge> EDGE_ORDER =
            Comparator.comparing(Edge::from).thenComparing(Edge::to).thenComparing(Edge::kind);

    /** Nodes in one answer at most, unless configured otherwise. */
    public static final int MAX_NODES = 10_000;

    private final LineageGraph graph;
    private final int maxNodes;

    public Traversals(LineageGraph graph, int maxNodes) {
        this.graph = graph;
        this.maxNodes = maxNodes;
    }

    public Traversals(LineageGraph graph) {
        this(graph, MAX_NODES);
    }

    public Subgraph subgraph(Collection<String> starts, Direction direction, int depth) {
        Map<String, Edge> edges = new TreeMap<>();
        boolean truncated = false;
        java.util.Set<String> nodes = new java.util.TreeSet<>(starts);
        if (direction != Direction.UPSTREAM) {
            truncated |= walk(starts, depth, graph::downstream, Edge::to, nodes, edges, null);
        }
        if (direction != Direction.DOWNSTREAM) {
            truncated |= walk(starts, depth, graph::upstream, Edge::from, nodes, edges, null);
        }
        List<Edge> sorted = edges.values().stream().sorted(EDGE_ORDER).toList();
        return new Subgraph(nodes.stream().map(graph::node).toList(), sorted, Cycles.in(sorted), truncated);
    }

    /** Everything downstream of {@code start} in one answer (up to the node bound). */
    public Impact impact(String start, int maxDepth) {
        return impact(start, maxDepth, null, Integer.MAX_VALUE);
    }

    /**
     * One page of what is downstream of {@code start}: the {@code size} nearest nodes after {@code after} (null: from
     * the first). The walk reaches every node to count them and their domains; only the page's nodes get a path.
     */
    public Impact impact(String start, int maxDepth, ImpactCursor after, int size) {
        Map<String, Edge> edges = new TreeMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        java.util.Set<String> nodes = new java.util.TreeSet<>(List.of(start));
        boolean truncated = walk(List.of(start), maxDepth, graph::downstream, Edge::to, nodes, edges, parents);
        Map<String, Integer> distances = new java.util.HashMap<>(Map.of(start, 0));
        parents.forEach((child, parent) -> distances.put(child, distances.get(parent) + 1)); // in the walk's order
        List<String> order = nodes.stream()
                .filter(id -> !id.equals(start))
                .sorted(Comparator.comparing((String id) -> distances.get(id)).thenComparing(id -> id))
                .toList();
        Map<String, Long> counts = new TreeMap<>();
        order.forEach(id -> counts.merge(String.valueOf(graph.node(id).domain()), 1L, Long::sum));
        int from = 0;
        if (after != null) {
            while (from < order.size() && !after.before(distances.get(order.get(from)), order.get(from))) from++;
        }
        int to = (int) Math.min((long) from + size, order.size());
        List<Impact.Impacted> impacted = new ArrayList<>();
        for (String id : order.subList(from, to)) {
            List<String> path = pathTo(id, parents);
            impacted.add(new Impact.Impacted(graph.node(id), path.size() - 1, path));
        }
        String next = to < order.size()
                ? new ImpactCursor(distances.get(order.get(to - 1)), order.get(to - 1)).encode()
                : null;
        List<Edge> sorted = edges.values().stream().sorted(EDGE_ORDER).toList();
        return new Impact(graph.node(start), impacted, order.size(), counts, Cycles.in(sorted), truncated, next);
    }

    /** Breadth-first from the starts; returns whether nodes remained beyond the depth or node bound. */
    private boolean walk(
            Collection<String> starts,
            int depth,
            Function<String, List<Edge>> step,
            Function<Edge, String> far,
            java.util.Set<String> nodes,
            Map<String, Edge> edges,
            Map<String, String> parents) {
        java.util.Set<String> visited = new java.util.HashSet<>(starts);
        List<String> frontier = new ArrayList<>(new java.util.TreeSet<>(starts));
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            List<String> nextFrontier = new ArrayList<>();
            for (String node : frontier) {
                for (Edge edge : step.apply(node).stream().sorted(EDGE_ORDER).toList()) {
                    edges.put(edge.from() + "\u0000" + edge.to() + "\u0000" + edge.kind(), edge);
                    String other = far.apply(edge);
                    if (!visited.contains(other) && nodes.size() >= maxNodes) return true;
                    if (visited.add(other)) {
                        nodes.add(other);
                        nextFrontier.add(other);
                        if (parents != null) parents.put(other, node);
                    }
                }
            }
            frontier = nextFrontier;
        }
        return frontier.stream().anyMatch(node -> !step.apply(node).isEmpty());
    }

    private static List<String> pathTo(String id, Map<String, String> parents) {
        List<String> path = new ArrayList<>();
        for (String at = id; at != null; at = parents.get(at)) path.add(0, at);
        return path;
    }
}
