package io.meshgov.lineage.graph;

import java.util.List;
import java.util.Optional;

/**
 * The stored graph, as traversals need it. Edges from {@code product:<id>} are the unbound inputs; the runs, the
 * datasets served and their readers are what the OpenLineage runs the catalog bound showed.
 */
public interface GraphReader {

    Optional<VersionNode> version(String nodeId);

    /** Every version of a product, any order. */
    List<VersionNode> versionsOf(String productId);

    List<Edge> outgoing(String nodeId);

    List<Edge> incoming(String nodeId);

    /** Whether nothing beyond this node may be shown (a version restricted from the caller). */
    default boolean hides(String nodeId) {
        return false;
    }

    /** What the runs bound to a version showed; empty when none was observed. */
    default Optional<VersionRuns> runs(String versionNodeId) {
        return Optional.empty();
    }

    /** The version the catalog bound a dataset to; empty when none. */
    default Optional<ServedDataset> served(String namespace, String name) {
        return Optional.empty();
    }

    /** The datasets the catalog bound to a version. */
    default List<ServedDataset> servedBy(String versionNodeId) {
        return List.of();
    }

    /** The versions whose runs read a dataset whose source URI ({@code namespace/name}) this is. */
    default List<DatasetReader> readersOf(String uri) {
        return List.of();
    }
}
