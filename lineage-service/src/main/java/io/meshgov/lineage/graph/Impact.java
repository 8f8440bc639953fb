package io.meshgov.lineage.graph;

import java.util.List;
import java.util.Map;

/**
 * Everything transitively downstream of a start node: each reached product version or consumer with one shortest
 * path to it, counts per domain, and the cycles met on the way.
 */
public record Impact(
        Node start,
        List<Impacted> impacted,
        Map<String, Long> countsByDomain,
        List<List<String>> cycles,
        boolean truncated) {

    public record Impacted(Node node, int distance, List<String> path) {}
}
