package io.meshgov.lineage.graph;

import java.util.List;

/**
 * The part of the graph a traversal reached: nodes sorted by id, edges by (from, to). {@code cycles} lists each
 * cycle found among them (its nodes, sorted); {@code truncated} says the depth limit stopped the traversal.
 */
public record Subgraph(List<Node> nodes, List<Edge> edges, List<List<String>> cycles, boolean truncated) {}
