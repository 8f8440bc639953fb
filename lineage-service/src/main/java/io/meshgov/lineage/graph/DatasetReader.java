package io.meshgov.lineage.graph;

/** A version (by node id) whose runs read an OpenLineage dataset: the index downstream walks use. */
public record DatasetReader(String namespace, String name, String reader) {

    /** The key it is kept under: the dataset's source URI ({@code namespace/name}), then the reader. */
    public String key() {
        return prefix(namespace + "/" + name) + reader;
    }

    public static String prefix(String uri) {
        return uri + "\u0000";
    }
}
