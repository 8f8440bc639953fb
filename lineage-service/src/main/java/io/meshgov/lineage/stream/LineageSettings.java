package io.meshgov.lineage.stream;

import io.meshgov.lineage.graph.Traversals;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How lineage runs and how far it walks.
 *
 * @param partitions partitions of the topics the service creates (fixed once data exists)
 * @param replicationFactor replication of the topics the service creates
 * @param defaultDepth depth of a lineage query that names none
 * @param maxDepth the largest depth a lineage query may ask for
 * @param impactMaxDepth how far an impact analysis follows the graph
 * @param maxNodes the most nodes one answer holds; a traversal that reaches more stops and says {@code truncated}
 */
@ConfigurationProperties("meshgov.lineage")
public record LineageSettings(
        int partitions, short replicationFactor, int defaultDepth, int maxDepth, int impactMaxDepth, int maxNodes) {

    public LineageSettings {
        if (maxNodes <= 0) maxNodes = Traversals.MAX_NODES;
    }
}
