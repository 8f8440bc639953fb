package io.meshgov.lineage.graph;

import java.util.List;
import java.util.Optional;

/** The stored graph, as traversals need it. Edges from {@code product:<id>} are the unbound inputs. */
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
}
