package io.meshgov.console.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An impact answer as the page's table "who breaks if this stops": everything downstream of the version, grouped by
 * domain (domains by name), in each the consumers then the product versions, nearest first.
 *
 * @param total the product versions and consumers impacted
 * @param listed how many of them the answer's first page lists (the nearest): {@code total} when all are listed
 * @param truncated the service stopped its traversal at its node limit, so there may be more
 */
record ImpactByDomain(
        String start, List<Group> groups, long total, int listed, boolean truncated, List<List<String>> cycles) {

    /** One domain's consumers and product versions: {@code size} in all, the listed ones in the lists. */
    record Group(String domain, long size, List<Row> consumers, List<Row> versions) {}

    /**
     * One impacted node.
     *
     * @param href its page in the console, or null (a source, an unbound product)
     * @param distance hops from the start
     * @param path one shortest path from the start, in the service's node ids less their kind
     */
    record Row(String label, String href, String status, String contact, int distance, String path) {}

    static ImpactByDomain of(Object impact) {
        Map<String, List<Map<?, ?>>> byDomain = Json.objects(impact, "impacted").stream()
                .filter(i -> i.get("node") instanceof Map<?, ?>)
                .collect(Collectors.groupingBy(
                        i -> Objects.requireNonNullElse(Json.text(node(i), "domain"), LineageGraph.NO_DOMAIN),
                        TreeMap::new,
                        Collectors.toList()));
        // every domain reached, with its count, even one with nothing on the listed page ("null": no domain)
        Map<String, Long> counts = new TreeMap<>();
        if (impact instanceof Map<?, ?> m && m.get("countsByDomain") instanceof Map<?, ?> c) {
            c.forEach((d, n) -> counts.put(
                    "null".equals(d) ? LineageGraph.NO_DOMAIN : String.valueOf(d),
                    n instanceof Number number ? number.longValue() : 0L));
        }
        counts.keySet().forEach(d -> byDomain.putIfAbsent(d, List.of()));
        List<Group> groups = byDomain.entrySet().stream()
                .map(e -> new Group(
                        e.getKey(),
                        counts.getOrDefault(e.getKey(), (long) e.getValue().size()),
                        rows(e.getValue(), "CONSUMER"),
                        rows(e.getValue(), "PRODUCT_VERSION")))
                .toList();
        int listed = byDomain.values().stream().mapToInt(List::size).sum();
        Double total = impact instanceof Map<?, ?> m ? Json.number(m, "total") : null;
        return new ImpactByDomain(
                Json.text(Json.object(impact, "start"), "id"),
                groups,
                total == null ? listed : total.longValue(),
                listed,
                Json.flag(impact, "truncated"),
                cycles(impact));
    }

    private static List<Row> rows(List<Map<?, ?>> impacted, String kind) {
        return impacted.stream()
                .filter(i -> kind.equals(Json.text(node(i), "kind")))
                .map(ImpactByDomain::row)
                .sorted(Comparator.comparingInt(Row::distance).thenComparing(Row::label))
                .toList();
    }

    private static Row row(Map<?, ?> impacted) {
        Map<?, ?> node = node(impacted);
        String id = Objects.requireNonNullElse(Json.text(node, "id"), "");
        String label = Objects.requireNonNullElse(Json.text(node, "label"), id);
        String href = null;
        if (id.startsWith("consumer:")) href = Paths.consumerPage(id.substring("consumer:".length()));
        else if (Json.text(node, "productId") != null && Json.text(node, "version") != null) {
            href = Paths.versionPage(Json.text(node, "productId"), Json.text(node, "version"));
        }
        int distance = impacted.get("distance") instanceof Number n ? n.intValue() : 0;
        String path = Json.texts(impacted, "path").stream()
                .map(step -> step.substring(step.indexOf(':') + 1))
                .collect(Collectors.joining(" → "));
        return new Row(label, href, Json.text(node, "status"), Json.text(node, "contact"), distance, path);
    }

    private static Map<?, ?> node(Map<?, ?> impacted) {
        return Json.object(impacted, "node");
    }

    private static List<List<String>> cycles(Object impact) {
        if (!(impact instanceof Map<?, ?> map) || !(map.get("cycles") instanceof List<?> list)) return List.of();
        return list.stream()
                .filter(List.class::isInstance)
                .map(cycle -> ((List<?>) cycle).stream().map(String::valueOf).toList())
                .toList();
    }
}
