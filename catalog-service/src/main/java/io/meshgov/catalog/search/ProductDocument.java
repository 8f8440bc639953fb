package io.meshgov.catalog.search;

import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.security.Audience;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * One product as the index holds it: its id and name, searchable by anyone (a product the caller may not see is
 * still listed by them); its owner and tags under the audience of the product's classification; each version's name,
 * definition, status and worst KPI status under the audience of the version's own. The consumers' purposes are
 * documents of their own, one per distinct purpose of a version, under that version's audience, joined to their
 * product at query time ({@link SearchQuery}): a registration adds or removes a small document instead of re-writing
 * its product's (purposes are each consumer's own text, so nearly every registration brings one).
 */
final class ProductDocument {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String EXACT = "exact";
    static final String DOMAIN = "domain";
    static final String AUDIENCE = "audience";
    static final String CLASSIFICATION = "classification";
    static final String TAG = "tag";
    /** What a document is: {@link #PRODUCT} or {@link #PURPOSE}. */
    static final String KIND = "kind";

    static final String PRODUCT = "product";
    static final String PURPOSE = "purpose";
    /** A purpose document's product id, and its key: product, version and purpose. */
    static final String PURPOSE_OF = "purpose_of";

    static final String PURPOSE_KEY = "purpose_key";

    private ProductDocument() {}

    static String text(Audience audience) {
        return "text_" + audience;
    }

    static String status(Audience audience) {
        return "status_" + audience;
    }

    static String quality(Audience audience) {
        return "quality_" + audience;
    }

    /** How a whole name is compared for an exact match: case and spacing do not count. */
    static String normalized(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    static Document of(Product p, Map<String, VersionQuality> quality) {
        Document doc = new Document();
        doc.add(new StringField(KIND, PRODUCT, Field.Store.NO));
        keyword(doc, ID, p.id());
        doc.add(new TextField(TITLE, p.name() + " " + p.id(), Field.Store.NO));
        doc.add(new StringField(EXACT, normalized(p.name()), Field.Store.NO));
        doc.add(new StringField(EXACT, normalized(p.id()), Field.Store.NO));
        keyword(doc, DOMAIN, p.domain());
        Audience productAudience = Audience.of(p.classification());
        keyword(doc, AUDIENCE, productAudience.name());
        keyword(doc, CLASSIFICATION, String.valueOf(p.classification()));
        for (String tag : p.tags()) {
            doc.add(new StringField(TAG, tag, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(TAG, new BytesRef(tag)));
        }
        words(doc, productAudience, p.owner());
        p.tags().forEach(tag -> words(doc, productAudience, tag));
        for (ProductVersion v : p.versions().values()) {
            Audience audience = Audience.of(v.spec().classification());
            words(doc, audience, v.spec().name());
            words(doc, audience, v.spec().definition());
            multi(doc, status(audience), v.status().name());
            VersionQuality q = quality.get(v.version());
            if (q != null && q.worst() != null) multi(doc, quality(audience), q.worst());
        }
        return doc;
    }

    /**
     * One distinct purpose of one version of a product of {@code domain}, searchable under the version's audience
     * (its domain is what restricted audiences are checked against).
     */
    static Document purpose(String productId, String domain, String version, Audience audience, String purpose) {
        Document doc = new Document();
        doc.add(new StringField(KIND, PURPOSE, Field.Store.NO));
        doc.add(new StringField(PURPOSE_KEY, ViewKeys.purpose(productId, version, purpose), Field.Store.NO));
        doc.add(new StringField(PURPOSE_OF, productId, Field.Store.NO));
        doc.add(new SortedDocValuesField(PURPOSE_OF, new BytesRef(productId)));
        keyword(doc, DOMAIN, domain); // as in product documents: a field keeps one shape across documents
        words(doc, audience, purpose);
        return doc;
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static void multi(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void words(Document doc, Audience audience, String text) {
        if (text != null && !text.isBlank()) doc.add(new TextField(text(audience), text, Field.Store.NO));
    }
}
