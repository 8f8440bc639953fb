package io.meshgov.catalog.search;

import io.meshgov.kit.security.Caller;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The products' Lucene index, in memory: one document per product ({@link ProductDocument}). Rebuilt from the read
 * model when the instance starts, so there is nothing of it to keep. Writes come from one thread at a time (the
 * search's catch-up); searches from any.
 */
final class ProductIndex {

    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    ProductIndex() {
        try {
            writer = new IndexWriter(
                    new ByteBuffersDirectory(), new IndexWriterConfig(analyzer).setCommitOnClose(false));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    void put(String productId, Document doc) {
        io(() -> writer.updateDocument(new Term(ProductDocument.ID, productId), doc));
    }

    void remove(String productId) {
        io(() -> writer.deleteDocuments(new Term(ProductDocument.ID, productId)));
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

    Hits search(Query query, Caller caller) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.search(query, Hits.collecting(caller));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
