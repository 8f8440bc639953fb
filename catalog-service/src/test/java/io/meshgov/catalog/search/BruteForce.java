package io.meshgov.catalog.search;

import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search's answer worked out the slow way, from the read model and {@link Visibility} alone: every product read,
 * its words split by hand, each facet counted product by product. What the index answers must equal it.
 */
final class BruteForce {

    record Answer(Set<String> found, Map<String, Map<String, Long>> facets) {}

    private BruteForce() {}

    static Answer of(CatalogReadModel model, Caller caller, SearchCriteria criteria) {
        Set<String> found = new TreeSet<>();
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        for (String facet : FacetCounts.FACETS) facets.put(facet, new TreeMap<>());
        for (Product p : model.products()) {
            boolean seen = Visibility.maySee(caller, p.classification(), p.domain());
            List<ProductVersion> versions = p.versions().values().stream()
                    .filter(v -> Visibility.maySee(caller, v.spec().classification(), p.domain()))
                    .toList();
            Map<String, VersionQuality> quality = model.quality(p.id());
            Set<String> statuses = new TreeSet<>(), worst = new TreeSet<>();
            for (ProductVersion v : versions) {
                statuses.add(v.status().name());
                VersionQuality q = quality.get(v.version());
                if (q != null && q.worst() != null) worst.add(q.worst());
            }
            if (!matches(model, p, seen, versions, criteria.text())) continue;
            if (criteria.domain() != null && !criteria.domain().equals(p.domain())) continue;
            if (criteria.status() != null
                    && !statuses.contains(criteria.status().name())) continue;
            if (criteria.quality() != null && !worst.contains(criteria.quality())) continue;
            if (criteria.tag() != null && !(seen && p.tags().contains(criteria.tag()))) continue;
            if (criteria.classification() != null
                    && !(seen && criteria.classification().equals(p.classification()))) continue;
            found.add(p.id());
            if (!seen) continue;
            count(facets, "domain", Set.of(p.domain()));
            count(facets, "classification", Set.of(p.classification()));
            count(facets, "tag", new HashSet<>(p.tags()));
            count(facets, "status", statuses);
            count(facets, "quality", worst);
        }
        return new Answer(found, facets);
    }

    private static boolean matches(
            CatalogReadModel model, Product p, boolean seen, List<ProductVersion> versions, String text) {
        if (text == null) return true;
        List<String> words = new ArrayList<>(words(p.id() + " " + p.name()));
        if (seen) {
            words.addAll(words(p.owner()));
            p.tags().forEach(t -> words.addAll(words(t)));
        }
        List<Registration> registrations = model.registrations(p.id());
        for (ProductVersion v : versions) {
            words.addAll(words(v.spec().name()));
            words.addAll(words(v.spec().definition()));
            registrations.stream()
                    .filter(r -> r.version().equals(v.version()))
                    .forEach(r -> words.addAll(words(r.purpose())));
        }
        return words(text).stream().allMatch(asked -> words.stream().anyMatch(w -> w.startsWith(asked)));
    }

    static List<String> words(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static void count(Map<String, Map<String, Long>> facets, String facet, Set<String> values) {
        values.forEach(v -> facets.get(facet).merge(v, 1L, Long::sum));
    }
}
