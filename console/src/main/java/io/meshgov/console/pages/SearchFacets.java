package io.meshgov.console.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The facets beside the catalog's search results, as links: each value narrows the search to it (the other filters
 * kept, back to the first page); a chosen one links to the search without it.
 */
final class SearchFacets {

    /** The search's filters, in the order the links spell them. */
    static final List<String> FILTERS = List.of("q", "domain", "status", "tag", "classification", "quality");

    record Choice(String value, Object count, String href, boolean chosen) {}

    record Facet(String name, List<Choice> choices) {}

    private SearchFacets() {}

    /** @param facets the catalog's {@code facets}: per facet, its values' counts */
    static List<Facet> of(Object facets, Map<String, String> query) {
        List<Facet> shown = new ArrayList<>();
        if (!(facets instanceof Map<?, ?> byFacet)) return shown;
        byFacet.forEach((name, values) -> {
            if (!(values instanceof Map<?, ?> counts) || counts.isEmpty()) return;
            List<Choice> choices = new ArrayList<>();
            counts.forEach((value, count) -> {
                boolean chosen = value.equals(query.get(name));
                choices.add(new Choice(
                        (String) value, count, link(query, (String) name, chosen ? null : (String) value), chosen));
            });
            shown.add(new Facet((String) name, choices));
        });
        return shown;
    }

    private static String link(Map<String, String> query, String facet, String value) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String filter : FILTERS) {
            String current = filter.equals(facet) ? value : query.get(filter);
            if (current != null && !current.isBlank()) filters.put(filter, current);
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
        filters.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }
}
