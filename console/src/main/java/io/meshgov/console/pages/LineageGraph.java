package io.meshgov.console.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A lineage answer ({@code nodes, edges, truncated}) as cytoscape.js elements, which the page draws. Ids are
 * {@link DomIds} of the service's node ids, so they are stable and need no escaping. Above {@link #COLLAPSE_ABOVE}
 * nodes every node but the focal version is folded into one node per domain with its count, and edges between
 * domains are counted: a browser lays out a few dozen nodes where it would stall on a few thousand. An input a run
 * was observed reading is classed {@code observed}, and one the reading version does not declare {@code undeclared}.
 *
 * @param elements {@code {nodes: [{data, classes}], edges: [{data, classes}]}}
 * @param nodeCount the nodes the service answered
 * @param collapsed whether nodes were folded by domain
 */
record LineageGraph(Map<String, List<Element>> elements, int nodeCount, boolean collapsed, boolean truncated) {

    static final int COLLAPSE_ABOVE = 300;
    static final String NO_DOMAIN = "no domain";

    record Element(Map<String, Object> data, String classes) {}

    /** The graph of {@code subgraph}, the node whose service id is {@code focal} highlighted. */
    static LineageGraph of(Object subgraph, String focal) {
        List<Map<?, ?>> nodes = Json.objects(subgraph, "nodes");
        List<Map<?, ?>> edges = Json.objects(subgraph, "edges");
        boolean collapse = nodes.size() > COLLAPSE_ABOVE;
        Map<String, String> shownAs = new LinkedHashMap<>();
        Map<String, Element> shown = new LinkedHashMap<>();
        Map<String, Integer> perDomain = new TreeMap<>();
        for (Map<?, ?> node : nodes) {
            String key = Json.text(node, "id");
            if (key == null) continue;
            if (collapse && !key.equals(focal)) {
                String domain = Objects.requireNonNullElse(Json.text(node, "domain"), NO_DOMAIN);
                shownAs.put(key, DomIds.of("domain", domain));
                perDomain.merge(domain, 1, Integer::sum);
            } else {
                Element element = node(node, key, key.equals(focal));
                shownAs.put(key, (String) element.data().get("id"));
                shown.put(key, element);
            }
        }
        List<Element> nodeElements = new ArrayList<>(shown.values());
        perDomain.forEach((domain, count) -> nodeElements.add(domain(domain, count)));
        return new LineageGraph(
                Map.of("nodes", nodeElements, "edges", edges(edges, shownAs, collapse)),
                nodes.size(),
                collapse,
                Json.flag(subgraph, "truncated"));
    }

    private static Element node(Map<?, ?> node, String key, boolean focal) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", DomIds.of("n", key));
        data.put("key", key);
        data.put("label", Objects.requireNonNullElse(Json.text(node, "label"), key));
        String kind = kind(Json.text(node, "kind"));
        data.put("kind", kind);
        putIfPresent(data, "domain", Json.text(node, "domain"));
        String status = Json.text(node, "status");
        putIfPresent(data, "status", status);
        putIfPresent(data, "href", href(node, key));
        String classes = kind + (status == null ? "" : " " + status.toLowerCase()) + (focal ? " focal" : "");
        return new Element(data, classes);
    }

    private static Element domain(String domain, int count) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", DomIds.of("domain", domain));
        data.put("label", domain + " (" + count + ")");
        data.put("kind", "domain");
        data.put("domain", domain);
        data.put("count", count);
        return new Element(data, "domain");
    }

    /** Edges between shown nodes; folded ones counted once per pair of domains, none inside a domain. */
    private static List<Element> edges(List<Map<?, ?>> edges, Map<String, String> shownAs, boolean collapse) {
        Map<String, Element> byId = new LinkedHashMap<>();
        for (Map<?, ?> edge : edges) {
            String source = shownAs.get(Json.text(edge, "from"));
            String target = shownAs.get(Json.text(edge, "to"));
            if (source == null || target == null || source.equals(target)) continue;
            String kind = Objects.requireNonNullElse(Json.text(edge, "kind"), "INPUT");
            String id = collapse
                    ? DomIds.of("e", source + " " + target)
                    : DomIds.of("e", Json.text(edge, "from") + " " + Json.text(edge, "to") + " " + kind);
            Element known = byId.get(id);
            if (known != null) {
                known.data().merge("count", 1, (a, b) -> (Integer) a + (Integer) b);
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", id);
            data.put("source", source);
            data.put("target", target);
            data.put("kind", kind.toLowerCase());
            data.put("count", 1);
            Map<?, ?> observed = Json.object(edge, "observed");
            boolean seen = !observed.isEmpty();
            if (seen) putIfPresent(data, "lastRunId", Json.text(observed, "lastRunId"));
            boolean undeclared = Boolean.FALSE.equals(edge.get("declared"));
            String classes = kind.toLowerCase() + (seen ? " observed" : "") + (undeclared ? " undeclared" : "");
            byId.put(id, new Element(data, classes));
        }
        return List.copyOf(byId.values());
    }

    private static String kind(String kind) {
        if (kind == null) return "node";
        return switch (kind) {
            case "PRODUCT_VERSION" -> "version";
            default -> kind.toLowerCase();
        };
    }

    private static String href(Map<?, ?> node, String key) {
        String productId = Json.text(node, "productId");
        String version = Json.text(node, "version");
        if (key.startsWith("version:") && productId != null && version != null) {
            return Paths.versionPage(productId, version);
        }
        if (key.startsWith("consumer:")) return Paths.consumerPage(key.substring("consumer:".length()));
        return null;
    }

    private static void putIfPresent(Map<String, Object> data, String field, Object value) {
        if (value != null) data.put(field, value);
    }
}
