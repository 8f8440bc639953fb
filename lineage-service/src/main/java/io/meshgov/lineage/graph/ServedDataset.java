package io.meshgov.lineage.graph;

/** An OpenLineage dataset the catalog bound to a product version: a run reading it reads that version. */
public record ServedDataset(String namespace, String name, String productId, String version) {

    public String versionNodeId() {
        return NodeIds.version(productId, version);
    }

    /** The key a dataset is kept under: its namespace and name. */
    public static String key(String namespace, String name) {
        return namespace + "\u0000" + name;
    }

    /** The key it is also kept under by the version serving it: a prefix no namespace starts with, then the node. */
    public static String byVersionKey(String versionNodeId, String namespace, String name) {
        return byVersionPrefix(versionNodeId) + key(namespace, name);
    }

    public static String byVersionPrefix(String versionNodeId) {
        return "\u0001" + versionNodeId + "\u0000";
    }

    /** The source node a dataset no version serves is: {@code source:<namespace>/<name>}. */
    public static String sourceNode(String namespace, String name) {
        return NodeIds.source(namespace + "/" + name);
    }
}
