package io.meshgov.catalog.search;

import io.meshgov.kit.security.Caller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The products' Lucene index, in memory: one document per product ({@link ProductDocument}). Rebuilt from the read
 * model when the instance starts, so there is nothing of it to keep. Writes come from one thread at a time (the
 * search's catch-up); searches from any.
 */
final class ProductIndex implements AutoCloseable {

    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile Answers answers = new Answers(null);

    ProductIndex() {
        try {
            writer = new IndexWriter(
                    new ByteBuffersDirectory(), new IndexWriterConfig(analyzer).setCommitOnClose(false));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(String productId, Document doc) {
        io(() -> writer.updateDocument(new Term(ProductDocument.ID, productId), doc));
    }

    /** A product gone: its document and its purposes' documents. */
    void remove(String productId) {
        io(() -> writer.deleteDocuments(
                new Term(ProductDocument.ID, productId), new Term(ProductDocument.PURPOSE_OF, productId)));
    }

    void putPurpose(String key, Document doc) {
        io(() -> writer.updateDocument(new Term(ProductDocument.PURPOSE_KEY, key), doc));
    }

    void removePurpose(String key) {
        io(() -> writer.deleteDocuments(new Term(ProductDocument.PURPOSE_KEY, key)));
    }

    void clear() {
        io(writer::deleteAll);
    }

    /** Makes what was written so far searchable. */
    void refresh() {
        io(() -> {
            searchers.maybeRefreshBlocking();
            return null;
        });
    }

    /** Rank first (the query's score is a rank), then id: the same order on every instance. */
    private static final Sort RANKED =
            new Sort(SortField.FIELD_SCORE, new SortField(ProductDocument.ID, SortField.Type.STRING));

    /** What a search found: the ids of one page, best first, how many in all, and the facets of all. */
    record Found(List<String> productIds, long total, Map<String, Map<String, Long>> facets) {}

    /**
     * The {@code page}th page of {@code size}: only the hits up to its end are ranked, every hit is counted. The same
     * search by the same caller against the same state of the index is answered from memory: dashboards and the
     * console's front page repeat theirs, and counting the facets of every product is the expensive part.
     */
    Found search(SearchCriteria criteria, Caller caller, int page, int size) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Answers answers = this.answers;
                if (answers.searcher != searcher) this.answers = answers = new Answers(searcher);
                return answers.computeIfAbsent(
                        new Asked(criteria, caller, page, size),
                        asked -> search(
                                searcher,
                                new SearchQuery(caller, word -> productsWithPurpose(searcher, word))
                                        .of(criteria, analyzer),
                                asked));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Asked(SearchCriteria criteria, Caller caller, int page, int size) {}

    /** The ids of the products with a purpose document that {@code purposes} finds. */
    private static Set<String> productsWithPurpose(IndexSearcher searcher, Query purposes) {
        Set<String> ids = new HashSet<>(); // the query sorts them
        try {
            searcher.search(purposes, new SimpleCollector() {
                private SortedDocValues productIds;

                @Override
                protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
                    productIds = DocValues.getSorted(leaf.reader(), ProductDocument.PURPOSE_OF);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (productIds.advanceExact(doc))
                        ids.add(productIds.lookupOrd(productIds.ordValue()).utf8ToString());
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** The answers given from one searcher (one state of the index), at most {@code MAX_ANSWERS} of them. */
    private static final class Answers {

        private static final int MAX_ANSWERS = 1_000;
        private final IndexSearcher searcher;
        private final Map<Asked, Found> found = new ConcurrentHashMap<>();

        Answers(IndexSearcher searcher) {
            this.searcher = searcher;
        }

        Found computeIfAbsent(Asked asked, Function<Asked, Found> search) {
            Found known = found.get(asked);
            if (known != null) return known;
            Found answer = search.apply(asked);
            if (found.size() >= MAX_ANSWERS) found.clear();
            found.put(asked, answer);
            return answer;
        }
    }

    private static Found search(IndexSearcher searcher, Query query, Asked asked) {
        int page = asked.page(), size = asked.size();
        int ranked = (int) Math.max(
                1, Math.min((long) (page + 1) * size, searcher.getIndexReader().maxDoc()));
        try {
            Object[] results = searcher.search(
                    query,
                    new MultiCollectorManager(
                            new TopFieldCollectorManager(RANKED, ranked, null, Integer.MAX_VALUE),
                            FacetCounts.manager(asked.caller())));
            TopFieldDocs top = (TopFieldDocs) results[0];
            FacetCounts counts = (FacetCounts) results[1];
            List<String> ids = new ArrayList<>();
            for (int i = (int) Math.min((long) page * size, top.scoreDocs.length); i < top.scoreDocs.length; i++) {
                ids.add(((BytesRef) ((FieldDoc) top.scoreDocs[i]).fields[1]).utf8ToString());
            }
            return new Found(List.copyOf(ids), counts.hits(), counts.facets());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        io(() -> {
            searchers.close();
            writer.rollback(); // nothing to keep: the index is rebuilt from the views at the next start
            return null;
        });
    }

    private interface Write {
        Object run() throws IOException;
    }

    private static void io(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
