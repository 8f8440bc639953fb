package io.meshgov.catalog.search;

import io.meshgov.kit.security.Audience;
import io.meshgov.kit.security.Caller;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every product a query found, with its rank, and the facets of those the caller may see in full (a product listed by
 * id and name only is counted in none): its domain, classification and tags, and the statuses and worst KPI statuses
 * of its versions the caller may see, each product counted once per value.
 */
final class Hits {

    static final List<String> FACETS = List.of("domain", "status", "tag", "classification", "quality");

    record Hit(String id, float rank) {}

    private static final Comparator<Hit> BEST_FIRST =
            Comparator.comparing(Hit::rank).reversed().thenComparing(Hit::id);

    private final List<Hit> hits = new ArrayList<>();
    private final Map<String, Map<String, Long>> facets = new TreeMap<>();

    /** The hits, best first; equal ranks by id. */
    List<Hit> ranked() {
        List<Hit> ranked = new ArrayList<>(hits);
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    /** Per facet, its values by count (most first, then by value); every facet present, empty when nothing counts. */
    Map<String, Map<String, Long>> facets() {
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Map<String, Long> values = new LinkedHashMap<>();
            facets.getOrDefault(facet, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> values.put(e.getKey(), e.getValue()));
            ordered.put(facet, values);
        }
        return ordered;
    }

    private void count(String facet, String value) {
        facets.computeIfAbsent(facet, f -> new TreeMap<>()).merge(value, 1L, Long::sum);
    }

    private void add(Hits other) {
        hits.addAll(other.hits);
        other.facets.forEach((facet, values) -> values.forEach(
                (v, n) -> facets.computeIfAbsent(facet, f -> new TreeMap<>()).merge(v, n, Long::sum)));
    }

    static CollectorManager<Collector, Hits> collecting(Caller caller) {
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Collector(caller);
            }

            @Override
            public Hits reduce(Collection<Collector> collectors) {
                Hits all = new Hits();
                collectors.forEach(c -> all.add(c.hits));
                return all;
            }
        };
    }

    /** Reads each hit's id, rank and facet values from the index's doc values. */
    static final class Collector extends SimpleCollector {

        private final Caller caller;
        private final Hits hits = new Hits();
        private Scorable scorer;
        private SortedDocValues ids, domains, audiences, classifications;
        private SortedSetDocValues tags;
        private final Map<Audience, SortedSetDocValues> statuses = new LinkedHashMap<>();
        private final Map<Audience, SortedSetDocValues> qualities = new LinkedHashMap<>();

        Collector(Caller caller) {
            this.caller = caller;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
            ids = DocValues.getSorted(leaf.reader(), ProductDocument.ID);
            domains = DocValues.getSorted(leaf.reader(), ProductDocument.DOMAIN);
            audiences = DocValues.getSorted(leaf.reader(), ProductDocument.AUDIENCE);
            classifications = DocValues.getSorted(leaf.reader(), ProductDocument.CLASSIFICATION);
            tags = DocValues.getSortedSet(leaf.reader(), ProductDocument.TAG);
            for (Audience a : Audience.values()) {
                statuses.put(a, DocValues.getSortedSet(leaf.reader(), ProductDocument.status(a)));
                qualities.put(a, DocValues.getSortedSet(leaf.reader(), ProductDocument.quality(a)));
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public void collect(int doc) throws IOException {
            hits.hits.add(new Hit(value(ids, doc), scorer.score()));
            String domain = value(domains, doc);
            if (!Audience.valueOf(value(audiences, doc)).admits(caller, domain)) return;
            hits.count("domain", domain);
            hits.count("classification", value(classifications, doc));
            values(tags, doc).forEach(t -> hits.count("tag", t));
            Set<String> versionStatuses = new HashSet<>(), versionQualities = new HashSet<>();
            for (Audience a : Audience.values()) {
                if (!a.admits(caller, domain)) continue;
                versionStatuses.addAll(values(statuses.get(a), doc));
                versionQualities.addAll(values(qualities.get(a), doc));
            }
            versionStatuses.forEach(s -> hits.count("status", s));
            versionQualities.forEach(q -> hits.count("quality", q));
        }

        private static String value(SortedDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) throw new IllegalStateException("an indexed product lacks a field");
            return values.lookupOrd(values.ordValue()).utf8ToString();
        }

        private static List<String> values(SortedSetDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) return List.of();
            List<String> found = new ArrayList<>(values.docValueCount());
            for (int i = 0; i < values.docValueCount(); i++)
                found.add(values.lookupOrd(values.nextOrd()).utf8ToString());
            return found;
        }
    }
}
