package io.meshgov.lineage.stream;

import io.meshgov.lineage.graph.Edge;
import io.meshgov.lineage.graph.NodeIds;
import io.meshgov.lineage.graph.VersionNode;
import io.meshgov.lineage.graph.VersionStatus;
import java.time.Instant;

/**
 * Object mother of the graph's stored values, each as fully populated as the projection makes it: a version
 * deprecated and then retired, an input edge declared at a version, a consumer edge with all its facts. Literals
 * only (no shared fixtures), so that the golden files change only when the stored format does.
 */
final class StoredValues {

    static final String PRODUCT = "top-10-customers";
    private static final Instant T0 = Instant.parse("2025-03-03T09:15:30.125Z");

    private StoredValues() {}

    static VersionNode retiredVersion() {
        return new VersionNode(
                        PRODUCT,
                        "1.0.0",
                        "Top 10 customers",
                        "sales",
                        VersionStatus.ACTIVE,
                        T0,
                        null,
                        null,
                        "CONFIDENTIAL")
                .withStatus(VersionStatus.DEPRECATED, T0.plusSeconds(3_600))
                .withStatus(VersionStatus.RETIRED, T0.plusSeconds(86_400 * 31));
    }

    /** Another product's version, declared as {@code 1.4}, feeds 2.1.0. */
    static Edge inputEdge() {
        return Edge.input(NodeIds.version("paid-invoices", "1.4.0"), NodeIds.version(PRODUCT, "2.1.0"), "1.4");
    }

    static Edge consumerEdge() {
        return Edge.consumes(
                NodeIds.version(PRODUCT, "2.1.0"),
                NodeIds.consumer("churn-dashboard"),
                "marketing",
                "SYSTEM",
                "marketing-data@acmeco.example",
                T0.plusSeconds(7_200));
    }
}
