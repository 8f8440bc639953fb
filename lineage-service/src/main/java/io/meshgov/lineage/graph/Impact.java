package io.meshgov.lineage.graph;

import java.util.List;
import java.util.Map;

/**
 * Everything transitively downstream of a start node, a page at a time: the page's product versions and consumers,
 * nearest first (by distance, then id), each with one shortest path to it; how many are reached in all and how many
 * per domain; the cycles met on the way; and the cursor of the next page (null on the last).
 */
public record Impact(
        Node start,
        List<Impacted> impacted,
        long total,
        Map<String, Long> countsByDomain,
        List<List<String>> cycles,
        boolean truncated,
        String nextCursor) {

    public record Impacted(Node node, int distance, List<String> path) {}
}
