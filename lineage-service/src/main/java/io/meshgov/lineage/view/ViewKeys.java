package io.meshgov.lineage.view;

import io.meshgov.lineage.graph.Edge;

/**
 * The graph's stores and their keys, the same in the processing stores and in every instance's copy of them (the
 * read model is their changelogs): version nodes by node id, and every edge twice, by its source and by its target.
 */
public final class ViewKeys {

    public static final String VERSIONS = "lineage-versions";
    public static final String OUTGOING = "lineage-outgoing";
    public static final String INCOMING = "lineage-incoming";
    /** Per version node id, what the runs the catalog bound to it showed ({@code VersionRuns}). */
    public static final String RUNS = "lineage-runs";
    /** Per OpenLineage dataset (namespace, name): the version the catalog bound it to ({@code ServedDataset}). */
    public static final String DATASETS = "lineage-datasets";
    /** Per dataset source URI and reading version: the versions whose runs read it ({@code DatasetReader}). */
    public static final String READERS = "lineage-readers";
    /** Per product, the position of the last accepted input applied (processing only, not read by queries). */
    public static final String POSITIONS = "lineage-positions";

    static final char SEP = '\u0000';

    private ViewKeys() {}

    public static String outgoing(Edge e) {
        return e.from() + SEP + e.to() + SEP + e.kind();
    }

    public static String incoming(Edge e) {
        return e.to() + SEP + e.from() + SEP + e.kind();
    }

    /** An outgoing key's {@code [from, to, kind]}. */
    static String[] endsOf(String outgoingKey) {
        return outgoingKey.split(String.valueOf(SEP), 3);
    }
}
