package io.meshgov.catalog.search;

import io.meshgov.kit.security.Audience;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.web.InvalidParameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a caller's criteria into one Lucene query. What the caller may see is part of the query ({@link
 * Audience#domainsAdmitting}), so a hidden version's words, statuses and tags find nothing.
 *
 * <p>The score is a rank, not a relevance estimate, so that every instance gives the same order whatever its index's
 * history (deleted documents change Lucene's statistics): 8 for the whole name or id, 4 for every word whole in the
 * name or id, 2 for every word starting one there, 0 for a match elsewhere; equal ranks by id.
 */
final class SearchQuery {

    /** More words than a name or a question needs, few enough to keep the query small. */
    static final int MAX_WORDS = 16;

    private final Caller caller;
    /** The ids of the products whose purpose documents a query finds. */
    private final Function<Query, Set<String>> withPurpose;

    SearchQuery(Caller caller, Function<Query, Set<String>> withPurpose) {
        this.caller = caller;
        this.withPurpose = withPurpose;
    }

    Query of(SearchCriteria criteria, Analyzer analyzer) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        if (criteria.text() != null) {
            List<String> words = words(criteria.text(), analyzer);
            if (words.isEmpty()) return new MatchNoDocsQuery("no word to search for");
            for (String word : words) query.add(found(word), Occur.FILTER);
            query.add(
                    rank(
                            new TermQuery(new Term(ProductDocument.EXACT, ProductDocument.normalized(criteria.text()))),
                            8),
                    Occur.SHOULD);
            query.add(rank(inTitle(words, w -> new TermQuery(new Term(ProductDocument.TITLE, w))), 4), Occur.SHOULD);
            query.add(rank(inTitle(words, w -> new PrefixQuery(new Term(ProductDocument.TITLE, w))), 2), Occur.SHOULD);
            any = true;
        }
        if (criteria.domain() != null) {
            query.add(new TermQuery(new Term(ProductDocument.DOMAIN, criteria.domain())), Occur.FILTER);
            any = true;
        }
        if (criteria.status() != null) {
            query.add(
                    visible(a ->
                            term(ProductDocument.status(a), criteria.status().name())),
                    Occur.FILTER);
            any = true;
        }
        if (criteria.quality() != null) {
            query.add(visible(a -> term(ProductDocument.quality(a), criteria.quality())), Occur.FILTER);
            any = true;
        }
        if (criteria.tag() != null) {
            query.add(term(ProductDocument.TAG, criteria.tag()), Occur.FILTER);
            query.add(productVisible(), Occur.FILTER);
            any = true;
        }
        if (criteria.classification() != null) {
            query.add(term(ProductDocument.CLASSIFICATION, criteria.classification()), Occur.FILTER);
            query.add(productVisible(), Occur.FILTER);
            any = true;
        }
        if (!any) return new ConstantScoreQuery(term(ProductDocument.KIND, ProductDocument.PRODUCT));
        query.add(term(ProductDocument.KIND, ProductDocument.PRODUCT), Occur.FILTER);
        return query.build();
    }

    /** The product's own details (owner, tags, classification) may be seen. */
    Query productVisible() {
        return visible(a -> term(ProductDocument.AUDIENCE, a.name()));
    }

    /**
     * A word in the name or id, or in the text of an audience the caller belongs to: the product's own or one of its
     * consumers' purposes (their own documents, found first and joined by product id).
     */
    private Query found(String word) {
        Query inText = visible(a -> new PrefixQuery(new Term(ProductDocument.text(a), word)));
        BooleanQuery.Builder found = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(ProductDocument.TITLE, word)), Occur.SHOULD)
                .add(inText, Occur.SHOULD);
        Set<String> purposes = withPurpose.apply(new BooleanQuery.Builder()
                .add(term(ProductDocument.KIND, ProductDocument.PURPOSE), Occur.FILTER)
                .add(inText, Occur.FILTER)
                .build());
        if (!purposes.isEmpty()) {
            found.add(
                    new TermInSetQuery(
                            ProductDocument.ID,
                            purposes.stream().map(BytesRef::new).toList()),
                    Occur.SHOULD);
        }
        return found.build();
    }

    /**
     * {@code clause} for each audience, where the caller belongs to it: for every owning domain, for none, or for
     * products of the caller's own domains.
     */
    private Query visible(Function<Audience, Query> clause) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (Audience audience : Audience.values()) {
            Set<String> domains = audience.domainsAdmitting(caller);
            if (domains.isEmpty()) continue;
            some = true;
            if (domains == Audience.ALL_DOMAINS) any.add(clause.apply(audience), Occur.SHOULD);
            else
                any.add(
                        new BooleanQuery.Builder()
                                .add(clause.apply(audience), Occur.FILTER)
                                .add(
                                        new TermInSetQuery(
                                                ProductDocument.DOMAIN,
                                                domains.stream()
                                                        .map(BytesRef::new)
                                                        .toList()),
                                        Occur.FILTER)
                                .build(),
                        Occur.SHOULD);
        }
        return some ? any.build() : new MatchNoDocsQuery("the caller may see no version of this audience");
    }

    private static Query inTitle(List<String> words, Function<String, Query> word) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(w -> all.add(word.apply(w), Occur.MUST));
        return all.build();
    }

    private static Query rank(Query query, float rank) {
        return new BoostQuery(new ConstantScoreQuery(query), rank);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    /** The words of {@code text} as the index holds them (lower case, split as the analyzer splits), in order. */
    static List<String> words(String text, Analyzer analyzer) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(ProductDocument.TITLE, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!words.contains(term.toString())) words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (words.size() > MAX_WORDS) {
            throw new InvalidParameter("q has " + words.size() + " words: at most " + MAX_WORDS + " are searched for");
        }
        return words;
    }
}
