package io.meshgov.catalog.search;

import io.meshgov.kit.security.Audience;
import io.meshgov.kit.security.Caller;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the hits of a search and the facets of those the caller may see in full (a product listed by id and name
 * only is counted in none): its domain, classification and tags, and the statuses and worst KPI statuses of its
 * versions the caller may see, each product once per value. Counted by ordinal per index segment; a value's string
 * is read once per segment, not once per hit.
 */
final class FacetCounts extends SimpleCollector {

    static final List<String> FACETS = List.of("domain", "status", "tag", "classification", "quality");

    private final Caller caller;
    private final Map<String, Map<String, Long>> counts = new TreeMap<>();
    private long hits;

    // the current segment's doc values, what each ordinal means to this caller, and its counts by ordinal
    private SortedDocValues domains, audiences, classifications;
    private SortedSetDocValues tags;
    private final SortedSetDocValues[] statuses = new SortedSetDocValues[Audience.values().length];
    private final SortedSetDocValues[] qualities = new SortedSetDocValues[Audience.values().length];
    private boolean[][] admits; // [Audience.ordinal()][domain ord]: the caller may see that audience of that domain
    private int[] audienceOf; // the AUDIENCE field's ord -> Audience.ordinal()
    private long[] domainCounts, classificationCounts, tagCounts;
    private Values statusValues, qualityValues;

    FacetCounts(Caller caller) {
        this.caller = caller;
        for (String facet : FACETS) counts.put(facet, new TreeMap<>());
    }

    static CollectorManager<FacetCounts, FacetCounts> manager(Caller caller) {
        return new CollectorManager<>() {
            @Override
            public FacetCounts newCollector() {
                return new FacetCounts(caller);
            }

            @Override
            public FacetCounts reduce(Collection<FacetCounts> collectors) {
                FacetCounts all = new FacetCounts(caller);
                for (FacetCounts c : collectors) {
                    c.flush();
                    all.hits += c.hits;
                    c.counts.forEach((facet, values) ->
                            values.forEach((value, n) -> all.counts.get(facet).merge(value, n, Long::sum)));
                }
                return all;
            }
        };
    }

    long hits() {
        return hits;
    }

    /** Per facet, its values by count (most first, then by value); every facet present, empty when nothing counts. */
    Map<String, Map<String, Long>> facets() {
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Map<String, Long> values = new LinkedHashMap<>();
            counts.get(facet).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> values.put(e.getKey(), e.getValue()));
            ordered.put(facet, values);
        }
        return ordered;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
        flush();
        domains = DocValues.getSorted(leaf.reader(), ProductDocument.DOMAIN);
        audiences = DocValues.getSorted(leaf.reader(), ProductDocument.AUDIENCE);
        classifications = DocValues.getSorted(leaf.reader(), ProductDocument.CLASSIFICATION);
        tags = DocValues.getSortedSet(leaf.reader(), ProductDocument.TAG);
        for (Audience a : Audience.values()) {
            statuses[a.ordinal()] = DocValues.getSortedSet(leaf.reader(), ProductDocument.status(a));
            qualities[a.ordinal()] = DocValues.getSortedSet(leaf.reader(), ProductDocument.quality(a));
        }
        admits = new boolean[Audience.values().length][domains.getValueCount()];
        for (int d = 0; d < domains.getValueCount(); d++) {
            String domain = domains.lookupOrd(d).utf8ToString();
            for (Audience a : Audience.values()) admits[a.ordinal()][d] = a.admits(caller, domain);
        }
        audienceOf = new int[audiences.getValueCount()];
        for (int o = 0; o < audienceOf.length; o++) {
            audienceOf[o] =
                    Audience.valueOf(audiences.lookupOrd(o).utf8ToString()).ordinal();
        }
        domainCounts = new long[domains.getValueCount()];
        classificationCounts = new long[classifications.getValueCount()];
        tagCounts = new long[(int) tags.getValueCount()];
        statusValues = new Values(statuses);
        qualityValues = new Values(qualities);
    }

    @Override
    public void collect(int doc) throws IOException {
        hits++;
        int domain = ord(domains, doc);
        if (!admits[audienceOf[ord(audiences, doc)]][domain]) return;
        domainCounts[domain]++;
        classificationCounts[ord(classifications, doc)]++;
        if (tags.advanceExact(doc)) {
            for (int i = 0; i < tags.docValueCount(); i++) tagCounts[(int) tags.nextOrd()]++;
        }
        statusValues.count(doc, admits, domain);
        qualityValues.count(doc, admits, domain);
    }

    /** Adds the segment's counts, by value, to the search's. */
    private void flush() {
        if (domains == null) return;
        try {
            add("domain", domains, domainCounts);
            add("classification", classifications, classificationCounts);
            for (int o = 0; o < tagCounts.length; o++) {
                if (tagCounts[o] > 0)
                    counts.get("tag").merge(tags.lookupOrd(o).utf8ToString(), tagCounts[o], Long::sum);
            }
            statusValues.addTo(counts.get("status"));
            qualityValues.addTo(counts.get("quality"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        domains = null;
    }

    private void add(String facet, SortedDocValues values, long[] byOrd) throws IOException {
        for (int o = 0; o < byOrd.length; o++) {
            if (byOrd[o] > 0) counts.get(facet).merge(values.lookupOrd(o).utf8ToString(), byOrd[o], Long::sum);
        }
    }

    private static int ord(SortedDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) throw new IllegalStateException("an indexed product lacks a field");
        return values.ordValue();
    }

    /**
     * A version-level facet (status, quality), kept per audience: the values of the audiences that admit the caller,
     * each counted once per product however many of its versions have it. Few values (a handful of statuses), so a
     * product's are a bit mask over this segment's distinct values.
     */
    private static final class Values {

        private final SortedSetDocValues[] byAudience;
        private final List<String> names = new ArrayList<>();
        private final int[][] bitOf; // [audience][segment ord] -> index into names
        private long[] counts = new long[0];

        Values(SortedSetDocValues[] byAudience) throws IOException {
            this.byAudience = byAudience;
            bitOf = new int[byAudience.length][];
            for (int a = 0; a < byAudience.length; a++) {
                bitOf[a] = new int[(int) byAudience[a].getValueCount()];
                for (int o = 0; o < bitOf[a].length; o++) {
                    String name = byAudience[a].lookupOrd(o).utf8ToString();
                    int index = names.indexOf(name);
                    if (index < 0) {
                        index = names.size();
                        names.add(name);
                    }
                    bitOf[a][o] = index;
                }
            }
            if (names.size() > 63) throw new IllegalStateException("more version-level facet values than expected");
            counts = new long[names.size()];
        }

        void count(int doc, boolean[][] admits, int domain) throws IOException {
            long seen = 0;
            for (int a = 0; a < byAudience.length; a++) {
                if (!admits[a][domain] || !byAudience[a].advanceExact(doc)) continue;
                for (int i = 0; i < byAudience[a].docValueCount(); i++) {
                    seen |= 1L << bitOf[a][(int) byAudience[a].nextOrd()];
                }
            }
            for (int bit = 0; seen != 0; bit++, seen >>>= 1) if ((seen & 1) != 0) counts[bit]++;
        }

        void addTo(Map<String, Long> facet) {
            for (int i = 0; i < counts.length; i++) if (counts[i] > 0) facet.merge(names.get(i), counts[i], Long::sum);
        }
    }
}
