package io.meshgov.lineage.view;

import io.meshgov.lineage.graph.Edge;

/** Keys of the graph's read model: version nodes, and every edge twice (by its source and by its target). */
public final class ViewKeys {

    static final char SEP = '\u0000';
    static final String VERSION = "V" + SEP;
    static final String OUT = "O" + SEP;
    static final String IN = "I" + SEP;

    private ViewKeys() {}

    public static String version(String nodeId) {
        return VERSION + nodeId;
    }

    public static String outgoing(Edge e) {
        return OUT + e.from() + SEP + e.to() + SEP + e.kind();
    }

    public static String incoming(Edge e) {
        return IN + e.to() + SEP + e.from() + SEP + e.kind();
    }
}
