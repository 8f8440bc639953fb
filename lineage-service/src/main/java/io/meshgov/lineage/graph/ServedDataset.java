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
}
