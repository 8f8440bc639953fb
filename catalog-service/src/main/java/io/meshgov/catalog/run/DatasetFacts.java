package io.meshgov.catalog.run;

import java.util.List;
import java.util.Map;

/**
 * One dataset a run read or wrote, with what its quality facets measured (null or empty: not measured).
 *
 * @param nullCounts nulls per column, from {@code dataQualityMetrics.columnMetrics.<column>.nullCount}
 */
public record DatasetFacts(
        String namespace, String name, Long rowCount, Map<String, Long> nullCounts, List<Assertion> assertions) {

    public DatasetFacts {
        nullCounts = nullCounts == null ? Map.of() : Map.copyOf(nullCounts);
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
    }

    /** One assertion of a {@code dataQualityAssertions} facet; column null: about the whole dataset. */
    public record Assertion(String assertion, String column, boolean success) {}

    /** The key a dataset's runs and binding meet under: its namespace and name. */
    public String key() {
        return keyOf(namespace, name);
    }

    public static String keyOf(String namespace, String name) {
        return namespace + "\u0000" + name;
    }

    /** Whether a quality facet measured something of it. */
    public boolean measured() {
        return rowCount != null || !nullCounts.isEmpty() || !assertions.isEmpty();
    }

    /** The same dataset without its measurements (as another dataset's input). */
    public DatasetFacts nameOnly() {
        return new DatasetFacts(namespace, name, null, Map.of(), List.of());
    }
}
