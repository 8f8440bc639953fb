package io.meshgov.lineage.graph;

/** Node ids: {@code source:<uri>}, {@code version:<product>@<full version>}, {@code consumer:<id>}, {@code product:<id>}. */
public final class NodeIds {

    private NodeIds() {}

    public static String source(String uri) {
        return "source:" + uri;
    }

    public static String version(String productId, String fullVersion) {
        return "version:" + productId + "@" + fullVersion;
    }

    public static String versionsOf(String productId) {
        return "version:" + productId + "@";
    }

    public static String consumer(String consumerId) {
        return "consumer:" + consumerId;
    }

    public static String product(String productId) {
        return "product:" + productId;
    }

    public static NodeKind kindOf(String nodeId) {
        if (nodeId.startsWith("version:")) return NodeKind.PRODUCT_VERSION;
        if (nodeId.startsWith("source:")) return NodeKind.SOURCE;
        if (nodeId.startsWith("consumer:")) return NodeKind.CONSUMER;
        return NodeKind.PRODUCT;
    }
}
