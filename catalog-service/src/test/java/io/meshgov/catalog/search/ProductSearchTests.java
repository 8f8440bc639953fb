package io.meshgov.catalog.search;

import static io.meshgov.catalog.search.SearchMesh.product;
import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.product.VersionStatus;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.catalog.view.Responses.ListedOnly;
import io.meshgov.catalog.view.Responses.ProductEntry;
import io.meshgov.catalog.view.Responses.ProductSummary;
import io.meshgov.catalog.view.Responses.ProductsPage;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.events.Classification;
import io.meshgov.events.QualityStatus;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.streams.ReadModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductSearchTests {

    private static final List<String> DOMAINS = List.of("sales", "finance", "marketing", "hr");
    private static final List<String> WORDS = List.of(
            "customer",
            "customers",
            "churn",
            "revenue",
            "weekly",
            "daily",
            "forecast",
            "payroll",
            "ledger",
            "orders",
            "returns",
            "campaign",
            "margin",
            "stock",
            "supplier",
            "top");
    private static final List<String> TAGS = List.of("pii", "gold", "finance", "churn");
    private static final List<Caller> CALLERS = List.of(
            Caller.inLocalRun(),
            Caller.anonymous(),
            Caller.authenticated(Set.of("sales"), Set.of()),
            Caller.authenticated(Set.of("finance", "hr"), Set.of()),
            Caller.authenticated(Set.of(), Set.of(Caller.RESTRICTED_SCOPE)));
    private static final Caller SALES = CALLERS.get(2);
    private static final Caller FINANCE = CALLERS.get(3);

    @TempDir
    Path stateDir;

    @AutoClose
    SearchMesh mesh;

    /** Registrations made by {@link #changeRandomly}: domain, consumer, product, version. */
    private final List<String[]> registered = new ArrayList<>();

    @BeforeEach
    void start() {
        mesh = new SearchMesh(stateDir);
    }

    @Test
    void theWholeNameComesFirstThenEveryWordOfTheNameThenTheirStartsThenAnythingElse() {
        mesh.publish("sales", product("zz-customer", "1.0", "Customer", Classification.PUBLIC));
        mesh.publish("sales", product("yy-churn", "1.0", "Customer churn", Classification.PUBLIC));
        mesh.publish("sales", product("xx-top", "1.0", "Top 10 customers", Classification.PUBLIC));
        mesh.publish(
                "sales",
                product("aa-orders", "1.0", "Orders", Classification.PUBLIC)
                        .definition("Every order a customer placed"));
        mesh.publish(
                "finance",
                product("ab-secret", "1.0", "Secret", Classification.RESTRICTED).definition("What a customer owes"));
        mesh.publish("sales", product("ac-stock", "1.0", "Stock", Classification.PUBLIC));

        assertThat(ids(mesh.search.products(SALES, SearchCriteria.text("customer"), 0, 20)))
                .containsExactly("zz-customer", "yy-churn", "xx-top", "aa-orders");
        assertThat(ids(mesh.search.products(SALES, SearchCriteria.text("CUSTOMER  churn"), 0, 20)))
                .as("case and spacing do not count")
                .containsExactly("yy-churn");
        assertThat(ids(mesh.search.products(FINANCE, SearchCriteria.text("customer"), 0, 20)))
                .as("the owning domain finds its restricted product by its definition")
                .containsExactly("zz-customer", "yy-churn", "xx-top", "aa-orders", "ab-secret");
    }

    @Test
    void aRestrictedVersionIsNeitherFoundByItsDefinitionNorCountedForACallerWhoMayNotSeeIt() {
        mesh.publish(
                "finance",
                product("payroll", "1.0", "Payroll", Classification.RESTRICTED).definition("Zeppelin bonuses by team"));
        mesh.publish(
                "finance",
                product("payroll", "2.0", "Payroll", Classification.PUBLIC).definition("Salaries by cost centre"));
        mesh.deprecate("finance", "payroll", "1.0");
        mesh.quality("finance", "payroll", "1.0", "completeness", QualityStatus.FAILING);
        mesh.quality("finance", "payroll", "2.0", "completeness", QualityStatus.PASSING);

        assertThat(mesh.search
                        .products(SALES, SearchCriteria.text("zeppelin"), 0, 20)
                        .totalItems())
                .isZero();
        ProductsPage outside = mesh.search.products(SALES, SearchCriteria.text("payroll"), 0, 20);
        assertThat(ids(outside)).containsExactly("payroll");
        assertThat(outside.facets().get("status")).isEqualTo(Map.of("ACTIVE", 1L));
        assertThat(outside.facets().get("quality")).isEqualTo(Map.of("PASSING", 1L));
        assertThat(mesh.search
                        .products(
                                SALES,
                                new SearchCriteria(null, null, VersionStatus.DEPRECATED, null, null, null),
                                0,
                                20)
                        .totalItems())
                .as("filtered by a status only a hidden version has")
                .isZero();

        ProductsPage owner = mesh.search.products(FINANCE, SearchCriteria.text("zeppelin"), 0, 20);
        assertThat(ids(owner)).containsExactly("payroll");
        assertThat(owner.facets().get("status")).isEqualTo(Map.of("ACTIVE", 1L, "DEPRECATED", 1L));
        assertThat(owner.facets().get("quality")).isEqualTo(Map.of("FAILING", 1L, "PASSING", 1L));
    }

    @Test
    void aConsumersPurposeFindsTheProductWhileItIsRegisteredAndNotOnceItLeaves() {
        mesh.publish("sales", product("top-10-customers", "1.0", "Top 10 customers", Classification.PUBLIC));
        assertThat(mesh.search
                        .products(SALES, SearchCriteria.text("zeppelin"), 0, 20)
                        .totalItems())
                .isZero();

        mesh.register("marketing", "jane", "top-10-customers", "1.0", "Zeppelin route planning");
        mesh.register("finance", "joe", "top-10-customers", "1.0", "Zeppelin route planning");
        assertThat(ids(mesh.search.products(SALES, SearchCriteria.text("zeppelin route"), 0, 20)))
                .containsExactly("top-10-customers");

        mesh.deregister("marketing", "jane", "top-10-customers", "1.0");
        assertThat(ids(mesh.search.products(SALES, SearchCriteria.text("zeppelin"), 0, 20)))
                .as("another consumer still has that purpose")
                .containsExactly("top-10-customers");
        mesh.deregister("finance", "joe", "top-10-customers", "1.0");
        assertThat(mesh.search
                        .products(SALES, SearchCriteria.text("zeppelin"), 0, 20)
                        .totalItems())
                .isZero();
    }

    @Test
    void aProductRestrictedAsAWholeIsListedByNameOnlyAndCountedInNoFacet() {
        mesh.publish(
                "finance",
                product("salaries", "1.0", "Salaries", Classification.RESTRICTED)
                        .tag("pii"));

        ProductsPage page = mesh.search.products(SALES, SearchCriteria.text("salaries"), 0, 20);
        assertThat(page.items()).singleElement().isInstanceOf(ListedOnly.class);
        assertThat(page.facets().values()).allMatch(Map::isEmpty);
        assertThat(mesh.search
                        .products(SALES, SearchCriteria.text("pii"), 0, 20)
                        .totalItems())
                .as("its tags are not searched")
                .isZero();
        assertThat(mesh.search
                        .products(FINANCE, SearchCriteria.text("pii"), 0, 20)
                        .items())
                .singleElement()
                .isInstanceOf(ProductSummary.class);
    }

    @Test
    void facetsAndHitsEqualABruteForceCountForEveryCallerWhetherTheIndexWasFedOrBuiltAtOnce() {
        SplittableRandom random = new SplittableRandom(22);
        for (int i = 0; i < 60; i++) publishRandomProduct(random, i);
        List<SearchCriteria> criteria = criteria();
        compare(mesh.search, criteria); // built at once: the first search reads the views whole

        for (int i = 0; i < 60; i++) changeRandomly(random, i); // then fed change by change
        registered.stream().limit(registered.size() / 2).forEach(r -> mesh.deregister(r[0], r[1], r[2], r[3]));
        for (int i = 60; i < 70; i++) publishRandomProduct(random, i);
        compare(mesh.search, criteria);
        ProductSearch rebuilt = mesh.anotherIndex();
        for (Caller caller : CALLERS) {
            for (SearchCriteria c : criteria) {
                assertThat(rebuilt.products(caller, c, 0, 100))
                        .as("%s for %s: a fresh index answers as the fed one", c, caller)
                        .isEqualTo(mesh.search.products(caller, c, 0, 100));
            }
        }
    }

    @Test
    void pagesOfTheRankedHitsConcatenateToTheWholeAnswer() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 45; i++) publishRandomProduct(random, i);
        ProductsPage all = mesh.search.products(Caller.inLocalRun(), SearchCriteria.text("c"), 0, 100);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < all.totalPages() * 10; page++) {
            ProductsPage one = mesh.search.products(Caller.inLocalRun(), SearchCriteria.text("c"), page, 10);
            assertThat(one.totalItems()).isEqualTo(all.totalItems());
            assertThat(one.facets()).isEqualTo(all.facets());
            paged.addAll(ids(one));
        }
        assertThat(all.totalItems()).isBetween(2L, 99L);
        assertThat(paged).isEqualTo(ids(all));
    }

    @Test
    void aSearchWhileAnotherThreadRebuildsTheIndexWaitsForItInsteadOfAnsweringFromTheEmptyIndex() throws Exception {
        mesh.publish("sales", product("top-10-customers", "1.0", "Top 10 customers", Classification.PUBLIC));
        CountDownLatch reading = new CountDownLatch(1), release = new CountDownLatch(1);
        CatalogReadModel slow = new CatalogReadModel(name -> {
            ReadOnlyKeyValueStore<String, byte[]> store = mesh.driver.getKeyValueStore(name);
            if (!name.equals(ReadModel.viewOf(ViewKeys.PRODUCTS))) return store;
            return blockingAll(store, reading, release); // the rebuild reads every product: it waits there
        });
        ProductSearch search = new ProductSearch(slow, new IndexFeed());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> rebuild =
                    threads.submit(() -> search.products(Caller.inLocalRun(), SearchCriteria.everything(), 0, 20));
            assertThat(reading.await(10, TimeUnit.SECONDS))
                    .as("the rebuild reads the products")
                    .isTrue();
            Future<ProductsPage> meanwhile =
                    threads.submit(() -> search.products(Caller.inLocalRun(), SearchCriteria.everything(), 0, 20));
            try {
                // an answer within half a second can only come from the index as it was before the rebuild
                ProductsPage early = meanwhile.get(500, TimeUnit.MILLISECONDS);
                assertThat(early.totalItems())
                        .as("answered before the rebuild ended")
                        .isEqualTo(1);
            } catch (TimeoutException waiting) {
                // waiting for the rebuild, as it should
            }
            release.countDown();
            rebuild.get(10, TimeUnit.SECONDS);
            assertThat(ids(meanwhile.get(10, TimeUnit.SECONDS))).containsExactly("top-10-customers");
        } finally {
            release.countDown();
            threads.shutdownNow();
            search.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static ReadOnlyKeyValueStore<String, byte[]> blockingAll(
            ReadOnlyKeyValueStore<String, byte[]> store, CountDownLatch reading, CountDownLatch release) {
        return (ReadOnlyKeyValueStore<String, byte[]>) Proxy.newProxyInstance(
                ReadOnlyKeyValueStore.class.getClassLoader(),
                new Class<?>[] {ReadOnlyKeyValueStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("all")) {
                        reading.countDown();
                        release.await(10, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void compare(ProductSearch search, List<SearchCriteria> criteria) {
        int nonEmpty = 0;
        for (Caller caller : CALLERS) {
            for (SearchCriteria c : criteria) {
                ProductsPage page = search.products(caller, c, 0, 100);
                BruteForce.Answer expected = BruteForce.of(mesh.model, caller, c);
                assertThat(new TreeSet<>(ids(page))).as("%s for %s", c, caller).isEqualTo(expected.found());
                assertThat(page.totalItems()).isEqualTo(expected.found().size());
                Map<String, Map<String, Long>> facets = new TreeMap<>();
                page.facets().forEach((facet, values) -> facets.put(facet, new TreeMap<>(values)));
                assertThat(facets).as("facets of %s for %s", c, caller).isEqualTo(expected.facets());
                if (!expected.found().isEmpty()) nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("searches that found something").isGreaterThan(criteria.size() * 2);
    }

    private static List<SearchCriteria> criteria() {
        List<SearchCriteria> criteria = new ArrayList<>();
        for (String text :
                new String[] {null, "cust", "customers", "churn revenue", "weekly", "pay", "zzz", "ledger-7"}) {
            criteria.add(new SearchCriteria(text, null, null, null, null, null));
        }
        for (String text : new String[] {null, "cust"}) {
            criteria.add(new SearchCriteria(text, "sales", null, null, null, null));
            criteria.add(new SearchCriteria(text, null, VersionStatus.DEPRECATED, null, null, null));
            criteria.add(new SearchCriteria(text, null, null, "pii", null, null));
            criteria.add(new SearchCriteria(text, null, null, null, "PUBLIC", null));
            criteria.add(new SearchCriteria(text, null, null, null, null, "FAILING"));
        }
        return criteria;
    }

    private void publishRandomProduct(SplittableRandom random, int i) {
        String domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
        String id = "p" + i + "-" + word(random);
        int versions = 1 + random.nextInt(2);
        for (int v = 1; v <= versions; v++) {
            var product = product(id, v + ".0", capitalized(word(random)) + " " + word(random), classification(random))
                    .definition(word(random) + " " + word(random) + " " + word(random) + " of ledger-" + i);
            for (String tag : TAGS) if (random.nextInt(4) == 0) product.tag(tag);
            mesh.publish(domain, product);
        }
        if (versions == 2 && random.nextBoolean()) mesh.deprecate(domain, id, "1.0");
    }

    private void changeRandomly(SplittableRandom random, int i) {
        var p = mesh.model.products().stream()
                .filter(candidate -> candidate.id().startsWith("p" + i + "-"))
                .findFirst()
                .orElseThrow();
        String version = p.newest().version();
        switch (random.nextInt(3)) {
            case 0 ->
                mesh.quality(p.domain(), p.id(), version, "completeness", QualityStatus.values()[random.nextInt(4)]);
            case 1 -> {
                String domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
                mesh.register(domain, "consumer-" + i, p.id(), version, "the " + word(random) + " dashboard");
                registered.add(new String[] {domain, "consumer-" + i, p.id(), version});
            }
            default ->
                mesh.publish(
                        p.domain(),
                        product(
                                p.id(),
                                (p.versions().size() + 1) + ".0",
                                "Renamed " + word(random),
                                classification(random)));
        }
    }

    private static String word(SplittableRandom random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static Classification classification(SplittableRandom random) {
        return Classification.values()[random.nextInt(Classification.values().length)];
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<String> ids(ProductsPage page) {
        return page.items().stream().map(ProductSearchTests::id).toList();
    }

    private static String id(ProductEntry entry) {
        return entry instanceof ProductSummary s ? s.id() : ((ListedOnly) entry).id();
    }
}
