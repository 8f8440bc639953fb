package io.meshgov.console.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lineage answers as lineage-service gives them (parsed JSON), for the page's tests. */
final class Lineages {

    static final String TOP_10_V21 = "version:top-10-customers@2.1.0";

    private Lineages() {}

    /** top-10-customers 2.1 read by the churn model (1.0) and jane.analyst; fed by the ERP's customers table. */
    static Map<String, Object> top10V21() {
        return Map.of(
                "nodes",
                List.of(
                        node("source:jdbc:postgresql://erp/customers", "SOURCE", "customers", null),
                        version("top-10-customers", "2.1.0", "sales", "DEPRECATED"),
                        version("churn-model", "1.0.0", "marketing", "ACTIVE"),
                        node("consumer:jane.analyst", "CONSUMER", "jane.analyst", "finance")),
                "edges",
                List.of(
                        edge("source:jdbc:postgresql://erp/customers", TOP_10_V21, "INPUT"),
                        edge(TOP_10_V21, "version:churn-model@1.0.0", "INPUT"),
                        edge(TOP_10_V21, "consumer:jane.analyst", "CONSUMES"),
                        edge(TOP_10_V21, "version:gone@1.0.0", "INPUT")),
                "cycles",
                List.of(),
                "truncated",
                false);
    }

    /** The focal version feeding {@code count} consumers spread over {@code domains} domains. */
    static Map<String, Object> wide(int count, int domains) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        nodes.add(version("top-10-customers", "2.1.0", "sales", "ACTIVE"));
        for (int i = 0; i < count; i++) {
            String id = "consumer:c" + i;
            nodes.add(node(id, "CONSUMER", "c" + i, "domain-" + (i % domains)));
            edges.add(edge(TOP_10_V21, id, "CONSUMES"));
        }
        return Map.of("nodes", nodes, "edges", edges, "truncated", true);
    }

    static Map<String, Object> version(String productId, String version, String domain, String status) {
        Map<String, Object> node = node("version:" + productId + "@" + version, "PRODUCT_VERSION", productId, domain);
        node.put("productId", productId);
        node.put("version", version);
        node.put("status", status);
        return node;
    }

    static Map<String, Object> node(String id, String kind, String label, String domain) {
        Map<String, Object> node = new HashMap<>(Map.of("id", id, "kind", kind, "label", label));
        if (domain != null) node.put("domain", domain);
        return node;
    }

    static Map<String, Object> edge(String from, String to, String kind) {
        return Map.of("from", from, "to", to, "kind", kind);
    }
}
