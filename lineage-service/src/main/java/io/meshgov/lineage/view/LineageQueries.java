package io.meshgov.lineage.view;

import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.Visibility;
import io.meshgov.kit.web.NotFound;
import io.meshgov.kit.web.Page;
import io.meshgov.lineage.graph.CachedReader;
import io.meshgov.lineage.graph.Direction;
import io.meshgov.lineage.graph.Drift;
import io.meshgov.lineage.graph.GraphReader;
import io.meshgov.lineage.graph.Impact;
import io.meshgov.lineage.graph.ImpactCursor;
import io.meshgov.lineage.graph.LineageGraph;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.ObservedLineage;
import io.meshgov.lineage.graph.Subgraph;
import io.meshgov.lineage.graph.Traversals;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.graph.VersionRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Answers lineage questions from the read model; unknown products, versions and sources are {@link NotFound}. */
public final class LineageQueries {

    private final GraphReader reader;
    private final Supplier<List<VersionRuns>> allRuns;
    private final int maxNodes;

    /**
     * @param allRuns every version's runs, in node id order
     * @param maxNodes the most nodes one answer holds (beyond, it says {@code truncated})
     */
    public LineageQueries(GraphReader reader, Supplier<List<VersionRuns>> allRuns, int maxNodes) {
        this.reader = reader;
        this.allRuns = allRuns;
        this.maxNodes = maxNodes;
    }

    /**
     * A product's lineage: from one version, or from all its versions when none is named. A version restricted from
     * the caller is its own node only.
     */
    public Subgraph lineage(Caller caller, String productId, String version, Direction direction, int depth) {
        LineageGraph graph = graphFor(caller);
        List<String> starts;
        if (version != null) {
            String id = NodeIds.version(productId, version);
            graph.version(id).orElseThrow(() -> NotFound.version(productId, version));
            starts = List.of(id);
        } else {
            starts = graph.versionsOf(productId).stream()
                    .map(VersionNode::id)
                    .sorted()
                    .toList();
            if (starts.isEmpty()) throw NotFound.product(productId);
        }
        return new Traversals(graph, maxNodes).subgraph(starts, direction, depth);
    }

    /**
     * Who is affected if a version stops: 403 for a version restricted from the caller (its impact is all beyond it);
     * a traversal reaching such a version names it and goes no further.
     */
    public Impact versionImpact(
            Caller caller, String productId, String version, int maxDepth, ImpactCursor after, int size) {
        LineageGraph graph = graphFor(caller);
        String id = NodeIds.version(productId, version);
        VersionNode node = graph.version(id)
                .orElseThrow(() -> graph.versionsOf(productId).isEmpty()
                        ? NotFound.product(productId)
                        : NotFound.version(productId, version));
        Visibility.require(caller, node.classification(), node.domain(), productId + " " + node.version());
        return new Traversals(graph, maxNodes).impact(id, maxDepth, after, size);
    }

    /**
     * What the OpenLineage runs the catalog bound to a version showed beside what it declared ({@link ObservedLineage}):
     * 404 for an unknown version, 403 for one restricted from the caller, and no run yet is an answer with none.
     */
    public ObservedLineage runs(Caller caller, String productId, String version) {
        VersionNode node = reader.version(NodeIds.version(productId, version))
                .orElseThrow(() -> reader.versionsOf(productId).isEmpty()
                        ? NotFound.product(productId)
                        : NotFound.version(productId, version));
        Visibility.require(caller, node.classification(), node.domain(), productId + " " + node.version());
        VersionRuns observed = reader.runs(node.id())
                .orElse(new VersionRuns(productId, version, null, false, null, null, null, List.of()));
        return ObservedLineage.of(observed, reader.incoming(node.id()), reader::served);
    }

    /**
     * The versions whose runs drifted from what they declare, those the caller may see (and of one domain when
     * named), by product and version.
     */
    public Page<Drift> drift(Caller caller, String domain, int page, int size) {
        List<Drift> found = new ArrayList<>();
        for (VersionRuns observed : allRuns.get()) {
            String id = NodeIds.version(observed.productId(), observed.version());
            VersionNode node = reader.version(id).orElse(null);
            if (node == null || (domain != null && !domain.equals(node.domain()))) continue;
            if (!VisibleGraph.maySee(caller, node)) continue;
            Drift.of(node, ObservedLineage.of(observed, reader.incoming(id), reader::served))
                    .ifPresent(found::add);
        }
        return Page.slice(found, page, size);
    }

    /** The graph as the caller may see it, each part of it read once for this question. */
    private LineageGraph graphFor(Caller caller) {
        return new LineageGraph(new CachedReader(VisibleGraph.of(reader, caller)));
    }

    public Impact sourceImpact(Caller caller, String uri, int maxDepth, ImpactCursor after, int size) {
        String id = NodeIds.source(uri);
        if (reader.outgoing(id).isEmpty() && reader.readersOf(uri).isEmpty())
            throw new NotFound("no data product reads source '" + uri + "'");
        return new Traversals(graphFor(caller), maxNodes).impact(id, maxDepth, after, size);
    }
}
