package io.meshgov.lineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservedLineageTests {

    static final String WH = "postgres://warehouse:5432";
    static final Instant T = Instant.parse("2026-12-01T01:00:00Z");
    static final Map<String, ServedDataset> SERVED = Map.of(
            ServedDataset.key(WH, "finance.paid_invoices_v1_4"),
            new ServedDataset(WH, "finance.paid_invoices_v1_4", "paid-invoices", "1.4.0"),
            ServedDataset.key(WH, "customer.customers_v1_0"),
            new ServedDataset(WH, "customer.customers_v1_0", "customers", "1.0.0"));
    static final List<Edge> DECLARED = List.of(
            Edge.input("version:paid-invoices@1.4.0", "version:top-10-customers@2.1.0", "1.4"),
            Edge.input("product:customers", "version:top-10-customers@2.1.0", null),
            Edge.input("source:" + WH + "/finance.fx_rates", "version:top-10-customers@2.1.0", null),
            Edge.input("source:jdbc:postgresql://erp/contracts", "version:top-10-customers@2.1.0", null));

    @Test
    void matchesEachReadDatasetToTheInputItServesAndNamesWhatDriftedEitherWay() {
        VersionRuns runs = run(
                "paid_invoices", "finance.paid_invoices_v1_4",
                "customers", "customer.customers_v1_0",
                "fx", "finance.fx_rates",
                "discounts", "sales.discounts_manual");

        ObservedLineage lineage = ObservedLineage.of(runs, DECLARED, ObservedLineageTests::served);

        assertThat(lineage.inputs())
                .extracting(
                        i -> i.name() + " served by " + i.servedBy() + (i.declared() ? ", declared" : ", undeclared"))
                .containsExactly(
                        "customer.customers_v1_0 served by version:customers@1.0.0, declared",
                        "finance.fx_rates served by null, declared",
                        "finance.paid_invoices_v1_4 served by version:paid-invoices@1.4.0, declared",
                        "sales.discounts_manual served by null, undeclared");
        assertThat(lineage.declaredNotRead()).containsExactly("source:jdbc:postgresql://erp/contracts");
    }

    @Test
    void aVersionWithoutARunHasNoDriftToShow() {
        VersionRuns none = new VersionRuns("top-10-customers", "2.1.0", null, false, null, null, null, List.of());

        ObservedLineage lineage = ObservedLineage.of(none, DECLARED, ObservedLineageTests::served);

        assertThat(lineage.inputs()).isEmpty();
        assertThat(lineage.declaredNotRead())
                .as("nothing was read: nothing is known to be unread")
                .isEmpty();
    }

    private static VersionRuns run(String... namesByPair) {
        List<VersionRuns.Dataset> read = new java.util.ArrayList<>();
        for (int i = 1; i < namesByPair.length; i += 2) read.add(new VersionRuns.Dataset(WH, namesByPair[i]));
        return VersionRuns.first(
                "top-10-customers",
                "2.1.0",
                new VersionRuns.Run("run-1", false, T, "airflow://sales", "top_10.build", read));
    }

    private static Optional<ServedDataset> served(String namespace, String name) {
        return Optional.ofNullable(SERVED.get(ServedDataset.key(namespace, name)));
    }
}
