package io.meshgov.wire;

import io.meshgov.events.AccessDecided;
import io.meshgov.events.AccessDecision;
import io.meshgov.events.AccessGrantChanged;
import io.meshgov.events.AccessGrantState;
import io.meshgov.events.AccessRequested;
import io.meshgov.events.AccessResource;
import io.meshgov.events.AccessResourceKind;
import io.meshgov.events.AlertState;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.DataProductVersionKeptInService;
import io.meshgov.events.DataProductVersionSunsetExtended;
import io.meshgov.events.DatasetBound;
import io.meshgov.events.DatasetName;
import io.meshgov.events.DatasetRole;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.events.DeprecationAnswer;
import io.meshgov.events.DeprecationAnswered;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.GovernanceViolation;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.QualityBreachConsumerAlert;
import io.meshgov.events.QualityStatus;
import io.meshgov.events.QualityStatusChanged;
import io.meshgov.events.RunAccepted;
import io.meshgov.events.RunAssertion;
import io.meshgov.events.RunState;
import io.meshgov.events.VersionLifecycle;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** One event of every mesh event type, for tests that must cover them all. */
final class EventSamples {

    private EventSamples() {}

    static List<SpecificRecord> oneOfEachType() {
        List<SpecificRecord> events = List.of(
                InputSamples.top10CustomersV21(),
                InputSamples.top10V21DeprecatedFor30(),
                InputSamples.top10V21Retired(),
                InputSamples.salesDashboardOnV21(),
                InputSamples.salesDashboardLeavesV21(),
                InputSamples.completenessOfV21(0.97),
                alert(),
                qualityAlert(),
                violation(),
                statusChanged(),
                accepted(),
                runAccepted(),
                datasetBound(),
                analystAsksForAQuarter(),
                sunsetExtended(),
                keptInService(),
                decided(),
                accessRequested(),
                accessDecided(),
                accessGranted());
        if (events.stream().map(MeshEventType::of).distinct().count() != MeshEventType.values().length) {
            throw new IllegalStateException("a mesh event type has no sample");
        }
        return events;
    }

    private static AccessRequested accessRequested() {
        return AccessRequested.newBuilder()
                .setEventId("7c1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0)
                .setRequestId("finance-top10-3.0-q1")
                .setProductId(InputSamples.TOP_10)
                .setVersion("3.0")
                .setConsumerId("jane.analyst")
                .setKind(ConsumerKind.HUMAN)
                .setPurpose("quarterly revenue by top customer")
                .setContact("jane.analyst@acmeco.example")
                .setUntil(InputSamples.T0.plusSeconds(86_400 * 90))
                .build();
    }

    private static AccessDecided accessDecided() {
        return AccessDecided.newBuilder()
                .setEventId("7d1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0.plusSeconds(3600))
                .setRequestId("finance-top10-3.0-q1")
                .setProductId(InputSamples.TOP_10)
                .setVersion("3.0")
                .setDecision(AccessDecision.APPROVED)
                .setUntil(InputSamples.T0.plusSeconds(86_400 * 30))
                .build();
    }

    private static AccessGrantChanged accessGranted() {
        return AccessGrantChanged.newBuilder()
                .setEventId("7e1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0.plusSeconds(3600))
                .setRequestId("finance-top10-3.0-q1")
                .setProductId(InputSamples.TOP_10)
                .setVersion("3.0.0")
                .setOwnerDomain("sales")
                .setReaderDomain("finance")
                .setConsumerId("jane.analyst")
                .setState(AccessGrantState.GRANTED)
                .setExpiresAt(InputSamples.T0.plusSeconds(86_400 * 30))
                .setResources(List.of(
                        new AccessResource(AccessResourceKind.KAFKA_TOPIC, "mesh.sales.top-10-customers.v3"),
                        new AccessResource(AccessResourceKind.ENDPOINT, "https://data.acmeco.example/top10/v3")))
                .build();
    }

    private static DeprecatedVersionConsumerAlert alert() {
        return DeprecatedVersionConsumerAlert.newBuilder()
                .setEventId("1b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0)
                .setProductId(InputSamples.TOP_10)
                .setAlertId("alert-1")
                .setVersion("2.1.0")
                .setConsumerId("jane.analyst")
                .setConsumerDomain("finance")
                .setOwnerDomain("sales")
                .setContact("jane.analyst@acmeco.example")
                .setState(AlertState.OPEN)
                .setSunsetAt(InputSamples.T0.plusSeconds(86_400 * 60))
                .setReplacementVersion("3.0.0")
                .setReason("2.1.0 is deprecated")
                .build();
    }

    private static QualityBreachConsumerAlert qualityAlert() {
        return QualityBreachConsumerAlert.newBuilder()
                .setEventId("4c1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0)
                .setProductId(InputSamples.TOP_10)
                .setAlertId("quality-alert-1")
                .setVersion("2.1.0")
                .setKpi("completeness")
                .setConsumerId("jane.analyst")
                .setConsumerDomain("finance")
                .setOwnerDomain("sales")
                .setContact("jane.analyst@acmeco.example")
                .setState(AlertState.OPEN)
                .setStatus(QualityStatus.FAILING)
                .setBreachedAt(InputSamples.T0)
                .setReason("completeness of top-10-customers 2.1.0 is FAILING")
                .build();
    }

    private static GovernanceViolation violation() {
        return GovernanceViolation.newBuilder()
                .setEventId("2b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0)
                .setProductId(InputSamples.TOP_10)
                .setRuleId("ownership")
                .setReason("top-10-customers belongs to sales; marketing may not publish it")
                .setDomain("marketing")
                .setSourceTopic("mesh.marketing.products")
                .setSourcePartition(2)
                .setSourceOffset(41)
                .setOffendingEventId("00000000-0000-4000-8000-000000000021")
                .setOffendingEventType("DataProductVersionPublished")
                .build();
    }

    private static DeprecationAnswered analystAsksForAQuarter() {
        return DeprecationAnswered.newBuilder()
                .setEventId("6b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0.plusSeconds(86_400))
                .setProductId(InputSamples.TOP_10)
                .setVersion("2.1")
                .setConsumerId("jane.analyst")
                .setAnswer(DeprecationAnswer.EXTENSION_REQUESTED)
                .setPlannedAt(InputSamples.T0.plusSeconds(86_400 * 90))
                .setReason("the quarter-end close still reads 2.1")
                .build();
    }

    private static DataProductVersionSunsetExtended sunsetExtended() {
        return DataProductVersionSunsetExtended.newBuilder()
                .setEventId("7b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0.plusSeconds(86_400 * 2))
                .setProductId(InputSamples.TOP_10)
                .setVersion("2.1")
                .setSunsetAt(InputSamples.T0.plusSeconds(86_400 * 90))
                .setReason("finance's quarter-end close")
                .build();
    }

    private static DataProductVersionKeptInService keptInService() {
        return DataProductVersionKeptInService.newBuilder()
                .setEventId("8b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0.plusSeconds(86_400 * 3))
                .setProductId(InputSamples.TOP_10)
                .setVersion("2.1")
                .setReason("three domains cannot move this year")
                .build();
    }

    private static LifecycleDecided decided() {
        return LifecycleDecided.newBuilder()
                .setEventId("9b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0.plusSeconds(86_400 * 2))
                .setProductId(InputSamples.TOP_10)
                .setPosition(5)
                .setDomain("sales")
                .setSourceTopic("mesh.sales.products")
                .setSourcePartition(2)
                .setSourceOffset(11)
                .setDecisionEventId("7b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setDecisionType("io.meshgov.events.DataProductVersionSunsetExtended")
                .setVersion("2.1.0")
                .setStatus(VersionLifecycle.DEPRECATED)
                .setSunsetAt(InputSamples.T0.plusSeconds(86_400 * 90))
                .build();
    }

    private static EventAccepted accepted() {
        return EventAccepted.newBuilder()
                .setEventId("4b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0)
                .setProductId(InputSamples.TOP_10)
                .setPosition(3)
                .setDomain("finance")
                .setSourceTopic("mesh.finance.consumers")
                .setSourcePartition(1)
                .setSourceOffset(7)
                .setEvent(InputSamples.analystOnV21())
                .build();
    }

    private static QualityStatusChanged statusChanged() {
        return QualityStatusChanged.newBuilder()
                .setEventId("3b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0)
                .setProductId(InputSamples.TOP_10)
                .setVersion("2.1.0")
                .setDomain("sales")
                .setKpi("completeness")
                .setPreviousStatus(QualityStatus.PASSING)
                .setStatus(QualityStatus.FAILING)
                .setValue(0.93)
                .setThreshold(0.99)
                .setMeasuredAt(InputSamples.T0)
                .build();
    }

    private static RunAccepted runAccepted() {
        return RunAccepted.newBuilder()
                .setEventId("5b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0)
                .setProductId(InputSamples.TOP_10)
                .setVersion("2.1.0")
                .setDomain("sales")
                .setSourceTopic("mesh.sales.openlineage")
                .setSourcePartition(0)
                .setSourceOffset(12)
                .setRunId("0190f1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b")
                .setState(RunState.COMPLETE)
                .setJobNamespace("airflow://sales")
                .setJobName("top_10_customers.build")
                .setDataset(new DatasetName("postgres://warehouse:5432", "sales.top_10_customers_v2_1"))
                .setRole(DatasetRole.OUTPUT)
                .setInputs(List.of(new DatasetName("postgres://warehouse:5432", "finance.invoices")))
                .setRowCount(10L)
                .setNullCounts(Map.of("customer_id", 0L))
                .setAssertions(List.of(new RunAssertion("not_null", "customer_id", true)))
                .build();
    }

    private static DatasetBound datasetBound() {
        return DatasetBound.newBuilder()
                .setEventId("6b1e2a9e-5c1f-3a4e-9d1e-6f5a4b3c2d10")
                .setOccurredAt(InputSamples.T0)
                .setProductId(InputSamples.TOP_10)
                .setVersion("2.1.0")
                .setDomain("sales")
                .setDataset(new DatasetName("postgres://warehouse:5432", "sales.top_10_customers_v2_1"))
                .build();
    }
}
