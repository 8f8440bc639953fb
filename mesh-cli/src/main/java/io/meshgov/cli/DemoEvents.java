package io.meshgov.cli;

import static io.meshgov.events.ObjectiveComparator.AT_LEAST;
import static io.meshgov.events.ObjectiveComparator.AT_MOST;

import io.meshgov.events.Classification;
import io.meshgov.events.ConsumerKind;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.pipeline.PublishedBuilder;
import java.time.Instant;

/** The demo's products and consumers as pipelines would describe them; ids derive from content and the hour. */
final class DemoEvents {

    static final String DEFINITION_2_1 = "The 10 customers with the highest sum of paid invoices from purchases made"
            + " from January 1 to December 31 not including distributors or any government contracts.";
    static final String DEFINITION_3_0 = "The 10 customers with the highest sum of invoices for purchases made from"
            + " January 1 to December 31 and paid prior to January 31 of the following year (net 30), not including"
            + " distributors or any government contracts.";

    private final Instant now;

    DemoEvents(Instant now) {
        this.now = now;
    }

    static final String CUSTOMER_V1 = "{\"type\":\"record\",\"name\":\"Customer\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"lifetimeValue\",\"type\":\"double\"}]}";

    PublishedBuilder top10(String version, String definition, String commit, Instant at) {
        return product("top-10-customers", version, at, "sales-analytics")
                .name("Top 10 customers")
                .definition(definition)
                .code("https://git.acmeco.internal/sales/top-10-customers", commit)
                .endpoint("http://acmeco.internal/data-products/top-10-customers/v" + version)
                .inputProduct("paid-invoices", "1.4")
                .inputProduct("customers", "1.0")
                .objective("completeness", AT_LEAST, 0.99)
                .objective("freshness_minutes", AT_MOST, 60)
                .objective("assertion.net30_invoices_included", AT_LEAST, 1)
                .tag("customers")
                .classification(Classification.CONFIDENTIAL)
                .dataset(DemoRuns.WAREHOUSE, DemoRuns.table("sales", "top-10-customers", version));
    }

    PublishedBuilder product(String productId, String version, Instant at, String owner) {
        String name = Character.toUpperCase(productId.charAt(0))
                + productId.substring(1).replace('-', ' ');
        return PipelineEvents.published(productId, version)
                .eventId(id(productId + "@" + version + "@" + at, 0))
                .occurredAt(at)
                .name(name)
                .definition(name + ", refreshed daily from its inputs.")
                .owner(owner)
                .code("https://git.acmeco.internal/" + owner + "/" + productId, "0a1b2c3d")
                .endpoint("http://acmeco.internal/data-products/" + productId + "/v" + version)
                .classification(Classification.INTERNAL);
    }

    io.meshgov.pipeline.ConsumerBuilder consumer(
            String consumerId,
            String productId,
            String version,
            ConsumerKind kind,
            Instant at,
            String purpose,
            String contact) {
        return PipelineEvents.consumer(consumerId, productId, version)
                .eventId(id(consumerId + productId + version + purpose, 0))
                .occurredAt(at)
                .kind(kind)
                .purpose(purpose)
                .contact(contact);
    }

    String id(String what, int n) {
        return java.util
                .UUID
                .nameUUIDFromBytes((what + "|" + n + "|" + now).getBytes())
                .toString();
    }
}
