package io.meshgov.catalog.search;

import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.view.CatalogQueries;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.catalog.view.Responses.ListedOnly;
import io.meshgov.catalog.view.Responses.ProductEntry;
import io.meshgov.catalog.view.Responses.ProductSummary;
import io.meshgov.catalog.view.Responses.ProductsPage;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.security.Audience;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.security.Visibility;
import io.meshgov.kit.streams.StoreNotReady;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches the products. Before each search the index takes in what the read model changed since the last one and
 * makes it searchable, so a search sees at least what this instance's views held when it began; a background step
 * takes changes in every {@code REFRESH_MILLIS} so that searches rarely wait for it, and builds the whole index once the
 * views answer. The background step makes its changes searchable only every {@code SEARCHABLE_MILLIS}: each time is
 * a new segment of the index, and a segment four times a second during an ingest kept Lucene's merge threads busy
 * with half as much CPU as the catalog's stream thread (docs/benchmarks.md, "Search during ingest").
 */
public final class ProductSearch implements AutoCloseable {

    static final long REFRESH_MILLIS = 250;
    static final long SEARCHABLE_MILLIS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(ProductSearch.class);

    private final CatalogReadModel model;
    private final IndexFeed feed;
    private final ProductIndex index = new ProductIndex();
    /** Each indexed product's summary, as the page lists it: kept with its document, so a page reads no store. */
    private volatile Map<String, ProductSummary> summaries = new ConcurrentHashMap<>();

    private final Object writing = new Object();
    /** When the background step last made the index's changes searchable (its own thread's only). */
    private long refreshed = System.nanoTime();

    private volatile boolean catchingUp;
    /** What the index knows of each indexed product, for its purposes' documents (the catch-up's only). */
    private final Map<String, ProductFacts> facts = new HashMap<>();
    /**
     * The keys of the purpose documents indexed, by product (the catch-up's only): a consumer more with a purpose
     * already indexed changes its count, not its document. As many as distinct purposes, not consumers.
     */
    private final Map<String, Set<String>> indexedPurposes = new HashMap<>();

    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "catalog-search-refresh");
        thread.setDaemon(true);
        return thread;
    });

    public ProductSearch(CatalogReadModel model, IndexFeed feed) {
        this.model = model;
        this.feed = feed;
    }

    /** Starts the background catch-up. */
    public ProductSearch start() {
        refresher.scheduleWithFixedDelay(this::catchUpQuietly, 0, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        synchronized (writing) {
            index.close();
        }
    }

    /**
     * A page of the products found, best first (the whole name or id, then every word in the name, then anywhere;
     * equal ranks by id), with the facets of all found. A restricted product the caller may not see is listed by id
     * and name only, found only by them, and counted in no facet.
     */
    public ProductsPage products(Caller caller, SearchCriteria criteria, int page, int size) {
        catchUp();
        index.refresh();
        ProductIndex.Found found = index.search(criteria, caller, page, size);
        Map<String, ProductSummary> known = summaries;
        List<ProductEntry> items = found.productIds().stream()
                .map(known::get)
                .filter(Objects::nonNull)
                .map(s -> Visibility.maySee(caller, s.classification(), s.domain())
                        ? (ProductEntry) s
                        : new ListedOnly(s.id(), s.name(), true))
                .toList();
        long total = found.total();
        return new ProductsPage(items, page, size, total, (int) ((total + size - 1) / size), found.facets());
    }

    /**
     * Takes in the read model's changes; raises {@link StoreNotReady} while the views restore. Nothing to take and
     * nobody taking: nothing to wait for. Otherwise it waits for the lock, so a search never reads the index while
     * another thread has taken changes (the whole read model, after a restart) and not yet applied them: it would
     * answer from the index as it was, empty after a restart (found by the fault run's last kills).
     */
    void catchUp() {
        if (!feed.pending() && !catchingUp) return; // in this order: see catchingUp below
        synchronized (writing) {
            catchingUp = true; // before taking: whoever finds nothing pending then finds this set
            try {
                boolean whole = feed.takeWhole();
                List<String> purposes = whole ? List.of() : feed.takePurposes();
                List<String> changed = whole ? List.of() : feed.takeChanged();
                try {
                    if (whole) rebuild();
                    else {
                        // products first: a purpose is indexed under its version's audience, which they tell
                        new LinkedHashSet<>(changed).forEach(this::reindex);
                        purposes.forEach(this::purposeChanged);
                    }
                } catch (RuntimeException failed) {
                    feed.putBack(purposes, changed, whole);
                    throw failed;
                }
            } finally {
                catchingUp = false;
            }
        }
    }

    private void catchUpQuietly() {
        try {
            catchUp();
            if (System.nanoTime() - refreshed >= SEARCHABLE_MILLIS * 1_000_000) {
                index.refresh();
                refreshed = System.nanoTime();
            }
        } catch (StoreNotReady restoring) {
            // the next step tries again; a search meanwhile answers 503 as every other query does
        } catch (RuntimeException unexpected) {
            LOG.warn("the search index could not catch up", unexpected);
        }
    }

    private void rebuild() {
        long began = System.nanoTime();
        index.clear();
        Map<String, ProductSummary> rebuilt = new ConcurrentHashMap<>();
        facts.clear();
        indexedPurposes.clear();
        model.eachProduct(
                p -> { // one at a time: the whole catalog is never in memory at once
                    index.put(p.id(), ProductDocument.of(p, model.quality(p.id())));
                    rebuilt.put(p.id(), CatalogQueries.summary(p));
                    indexPurposes(p, null);
                });
        summaries = rebuilt;
        LOG.info("search index built: {} products in {} ms", rebuilt.size(), (System.nanoTime() - began) / 1_000_000);
    }

    /**
     * Takes in one purpose's change of count, by its key in the purposes' view: its document appears with its first
     * consumer and goes with its last.
     */
    private void purposeChanged(String key) {
        String[] parts = key.split(String.valueOf(ViewKeys.SEP), 3);
        String productId = parts[0], version = parts[1], purpose = parts[2];
        Set<String> indexed = indexedPurposes.getOrDefault(productId, Set.of());
        if (model.hasPurpose(key)) {
            if (!indexed.contains(key)) indexPurpose(productId, version, purpose);
        } else if (indexed.contains(key)) {
            index.removePurpose(key);
            indexed.remove(key);
        }
    }

    /**
     * A purpose document, under its version's audience; none while its product or version is not indexed yet (the
     * views are fed from different topics, so a registration can be heard before its version): {@link #reindex} adds
     * it then.
     */
    private void indexPurpose(String productId, String version, String purpose) {
        ProductFacts known = facts.get(productId);
        Audience audience = known == null ? null : known.audiences().get(version);
        if (audience == null) return;
        String key = ViewKeys.purpose(productId, version, purpose); // the purposes' view's key: one per document
        index.putPurpose(key, ProductDocument.purpose(productId, known.domain(), version, audience, purpose));
        indexedPurposes.computeIfAbsent(productId, p -> new HashSet<>()).add(key);
    }

    /**
     * The purposes of each version of {@code p} not indexed before under its audience ({@code before}: what was known
     * of it), read from the purposes' view: one key per distinct purpose.
     */
    private void indexPurposes(Product p, ProductFacts before) {
        ProductFacts now = ProductFacts.of(p);
        facts.put(p.id(), now);
        for (var version : now.audiences().entrySet()) {
            if (before != null && version.getValue().equals(before.audiences().get(version.getKey()))) continue;
            model.purposes(p.id(), version.getKey())
                    .forEach(purpose -> indexPurpose(p.id(), version.getKey(), purpose));
        }
    }

    private void reindex(String productId) {
        Optional<Product> product = model.product(productId);
        if (product.isEmpty()) {
            index.remove(productId);
            summaries.remove(productId);
            facts.remove(productId);
            indexedPurposes.remove(productId);
            return;
        }
        Product p = product.get();
        index.put(p.id(), ProductDocument.of(p, model.quality(p.id())));
        summaries.put(p.id(), CatalogQueries.summary(p));
        indexPurposes(p, facts.get(p.id()));
    }

    /** What a purpose document needs of its product: the owning domain and each version's audience. */
    private record ProductFacts(String domain, Map<String, Audience> audiences) {
        static ProductFacts of(Product p) {
            Map<String, Audience> audiences = new HashMap<>();
            for (ProductVersion v : p.versions().values()) {
                audiences.put(v.version(), Audience.of(v.spec().classification()));
            }
            return new ProductFacts(p.domain(), audiences);
        }
    }
}
