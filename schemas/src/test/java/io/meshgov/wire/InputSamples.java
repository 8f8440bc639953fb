package io.meshgov.wire;

import io.meshgov.events.Classification;
import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DataProductInput;
import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionPublished;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.Objective;
import io.meshgov.events.ObjectiveComparator;
import io.meshgov.events.QualityMeasured;
import io.meshgov.events.SourceSystemInput;
import java.time.Instant;
import java.util.List;

/**
 * The seed's "Top 10 customers" 2.1 inputs built with the generated Avro builders alone: the contract's tests do not
 * depend on the pipeline SDK that is built on it.
 */
final class InputSamples {

    static final String TOP_10 = "top-10-customers";
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private InputSamples() {}

    static DataProductVersionPublished top10CustomersV21() {
        return DataProductVersionPublished.newBuilder()
                .setEventId("00000000-0000-4000-8000-000000000021")
                .setOccurredAt(T0)
                .setProductId(TOP_10)
                .setName("Top 10 customers")
                .setVersion("2.1")
                .setDefinition("The 10 customers with the highest sum of paid invoices from purchases made from"
                        + " January 1 to December 31 not including distributors or any government contracts.")
                .setOwner("sales-analytics")
                .setCodeRepository("https://git.acmeco.internal/sales/top-10-customers")
                .setCodeCommit("833c21")
                .setEndpoint("http://acmeco.internal/data-products/top-10-customers/v2.1")
                .setInputs(List.<Object>of(
                        DataProductInput.newBuilder()
                                .setProductId("paid-invoices")
                                .setVersion("1.4")
                                .build(),
                        SourceSystemInput.newBuilder()
                                .setUri("jdbc:postgresql://erp.acmeco.internal/customers")
                                .build()))
                .setOutputSchema(null)
                .setObjectives(List.of(
                        objective("completeness", ObjectiveComparator.AT_LEAST, 0.99),
                        objective("freshness_minutes", ObjectiveComparator.AT_MOST, 1440)))
                .setTags(List.of("customers", "finance-grade"))
                .setClassification(Classification.CONFIDENTIAL)
                .build();
    }

    static DataProductVersionDeprecated top10V21DeprecatedFor30() {
        return DataProductVersionDeprecated.newBuilder()
                .setEventId("00000000-0000-4000-8000-0000000000d1")
                .setOccurredAt(T0.plusSeconds(86_400 * 31))
                .setProductId(TOP_10)
                .setVersion("2.1")
                .setReason("2.1 ignores invoices paid under net-30 terms; 3.0 corrects it")
                .setSunsetAt(T0.plusSeconds(86_400 * 91))
                .setReplacementVersion("3.0")
                .build();
    }

    static DataProductVersionRetired top10V21Retired() {
        return DataProductVersionRetired.newBuilder()
                .setEventId("00000000-0000-4000-8000-0000000000e1")
                .setOccurredAt(T0.plusSeconds(86_400 * 92))
                .setProductId(TOP_10)
                .setVersion("2.1")
                .setReason("sunset reached")
                .build();
    }

    static ConsumerRegistered salesDashboardOnV21() {
        return ConsumerRegistered.newBuilder()
                .setEventId("00000000-0000-4000-8000-0000000000c1")
                .setOccurredAt(T0.plusSeconds(3_600))
                .setProductId(TOP_10)
                .setVersion("2.1")
                .setConsumerId("sales-dashboard")
                .setKind(ConsumerKind.SYSTEM)
                .setPurpose("quarterly key-account dashboard")
                .setContact("bi-team@acmeco.example")
                .build();
    }

    static ConsumerRegistered analystOnV21() {
        return ConsumerRegistered.newBuilder()
                .setEventId("00000000-0000-4000-8000-0000000000c2")
                .setOccurredAt(T0.plusSeconds(7_200))
                .setProductId(TOP_10)
                .setVersion("2.1")
                .setConsumerId("jane.analyst")
                .setKind(ConsumerKind.HUMAN)
                .setPurpose("credit-risk review of key accounts")
                .setContact("jane.analyst@acmeco.example")
                .build();
    }

    static ConsumerDeregistered salesDashboardLeavesV21() {
        return ConsumerDeregistered.newBuilder()
                .setEventId("00000000-0000-4000-8000-0000000000c3")
                .setOccurredAt(T0.plusSeconds(86_400 * 40))
                .setProductId(TOP_10)
                .setVersion("2.1")
                .setConsumerId("sales-dashboard")
                .setKind(ConsumerKind.SYSTEM)
                .setPurpose("migrated to 3.0")
                .setContact("bi-team@acmeco.example")
                .build();
    }

    static QualityMeasured completenessOfV21(double value) {
        return QualityMeasured.newBuilder()
                .setEventId("00000000-0000-4000-8000-0000000000f1")
                .setOccurredAt(T0.plusSeconds(600))
                .setProductId(TOP_10)
                .setVersion("2.1")
                .setKpi("completeness")
                .setValue(value)
                .setMeasuredAt(T0.plusSeconds(540))
                .setRunId("run-2026-01-05")
                .setUnit("ratio")
                .build();
    }

    private static Objective objective(String kpi, ObjectiveComparator comparator, double threshold) {
        return Objective.newBuilder()
                .setKpi(kpi)
                .setComparator(comparator)
                .setThreshold(threshold)
                .build();
    }
}
