package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Metadata stays metadata: a definition of at most 16 KiB, an output schema of at most 64 KiB, at most 500 inputs,
 * 100 objectives, 50 tags and 50 datasets per version, and at most 512 KiB for a product's whole catalog entry. A larger event is
 * rejected with the reason, instead of producing records the broker would refuse.
 */
public final class SizeLimitsPolicy implements GovernancePolicy {

    static final int MAX_DEFINITION = 16 * 1024;
    static final int MAX_OUTPUT_SCHEMA = 64 * 1024;
    static final int MAX_INPUTS = 500;
    static final int MAX_OBJECTIVES = 100;
    static final int MAX_TAGS = 50;
    static final int MAX_DATASETS = 50;
    static final long MAX_PRODUCT_BYTES = 512 * 1024;

    public String id() {
        return "size-limits";
    }

    public String description() {
        return "definitions up to 16 KiB, output schemas up to 64 KiB, up to 500 inputs, 100 objectives, 50 tags and 50"
                + " datasets,"
                + " and up to 512 KiB for a product's entry";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        if (!(event instanceof CatalogEvent.Published published)) return Verdict.allowed();
        VersionSpec spec = published.spec();
        List<String> over = new ArrayList<>();
        if (length(spec.definition()) > MAX_DEFINITION)
            over.add("definition has " + length(spec.definition()) + " characters (at most " + MAX_DEFINITION + ")");
        if (length(spec.outputSchema()) > MAX_OUTPUT_SCHEMA)
            over.add("output schema has " + length(spec.outputSchema()) + " characters (at most " + MAX_OUTPUT_SCHEMA
                    + ")");
        if (spec.inputs().size() > MAX_INPUTS) over.add(spec.inputs().size() + " inputs (at most " + MAX_INPUTS + ")");
        if (spec.objectives().size() > MAX_OBJECTIVES) {
            over.add(spec.objectives().size() + " objectives (at most " + MAX_OBJECTIVES + ")");
        }
        if (spec.tags().size() > MAX_TAGS) over.add(spec.tags().size() + " tags (at most " + MAX_TAGS + ")");
        if (spec.datasets().size() > MAX_DATASETS) {
            over.add(spec.datasets().size() + " datasets (at most " + MAX_DATASETS + ")");
        }
        long entry = estimate(spec)
                + state.product().stream()
                        .flatMap(p -> p.versions().values().stream())
                        .map(ProductVersion::spec)
                        .mapToLong(SizeLimitsPolicy::estimate)
                        .sum();
        if (over.isEmpty() && entry > MAX_PRODUCT_BYTES) {
            over.add("the product's entry would reach about " + entry / 1024 + " KiB (at most "
                    + MAX_PRODUCT_BYTES / 1024 + " KiB): retire old versions or publish a new product");
        }
        return over.isEmpty() ? Verdict.allowed() : Verdict.violated(String.join("; ", over));
    }

    /** Bytes a version takes in the catalog's records, generously rounded up (JSON, UTF-8). */
    static long estimate(VersionSpec spec) {
        long text = Stream.of(
                        spec.productId(),
                        spec.version(),
                        spec.name(),
                        spec.definition(),
                        spec.owner(),
                        spec.codeRepository(),
                        spec.codeCommit(),
                        spec.endpoint(),
                        spec.outputSchema())
                .mapToLong(SizeLimitsPolicy::length)
                .sum();
        long inputs = spec.inputs().stream()
                .mapToLong(i -> 64 + length(i.productId()) + length(i.version()) + length(i.sourceUri()))
                .sum();
        long tags = spec.tags().stream().mapToLong(t -> 8 + length(t)).sum();
        long datasets = spec.datasets().stream()
                .mapToLong(d -> 48 + length(d.namespace()) + length(d.name()))
                .sum();
        return 3 * text
                + 2 * inputs
                + 2 * tags
                + 2 * datasets
                + 96L * spec.objectives().size()
                + 1024;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
