package io.meshgov.catalog.stream;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.access.AccessState;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.Answer;
import io.meshgov.catalog.alert.QualityAlert;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionStatus;
import io.meshgov.catalog.run.Claim;
import io.meshgov.catalog.run.DatasetFacts;
import io.meshgov.catalog.run.Observation;
import io.meshgov.events.AccessGrantChanged;
import io.meshgov.events.AccessGrantState;
import io.meshgov.events.AccessResource;
import io.meshgov.events.AccessResourceKind;
import io.meshgov.events.AlertNotice;
import io.meshgov.events.AlertState;
import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.ConsumerRegistered;
import io.meshgov.events.DatasetBound;
import io.meshgov.events.DatasetName;
import io.meshgov.events.DatasetRole;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.events.DeprecationAnswer;
import io.meshgov.events.EventAccepted;
import io.meshgov.events.GovernanceViolation;
import io.meshgov.events.LifecycleDecided;
import io.meshgov.events.QualityBreachConsumerAlert;
import io.meshgov.events.QualityStatus;
import io.meshgov.events.RunAccepted;
import io.meshgov.events.RunAssertion;
import io.meshgov.events.RunState;
import io.meshgov.events.VersionLifecycle;
import io.meshgov.kit.inbound.InboundEvent;
import io.meshgov.mesh.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;

/** The catalog's outputs in their Avro form, with deterministic event ids. */
final class OutputEvents {

    private OutputEvents() {}

    static QualityBreachConsumerAlert qualityAlert(QualityAlert alert) {
        return QualityBreachConsumerAlert.newBuilder()
                .setEventId(alert.eventId())
                .setOccurredAt(alert.occurredAt())
                .setProductId(alert.productId())
                .setAlertId(alert.alertId())
                .setVersion(alert.version())
                .setKpi(alert.kpi())
                .setConsumerId(alert.consumerId())
                .setConsumerDomain(alert.consumerDomain())
                .setOwnerDomain(alert.ownerDomain())
                .setContact(alert.contact())
                .setState(AlertState.valueOf(alert.state().name()))
                .setStatus(QualityStatus.valueOf(alert.status()))
                .setBreachedAt(alert.breachedAt())
                .setReason(alert.reason())
                .build();
    }

    static DeprecatedVersionConsumerAlert alert(Alert alert) {
        Answer answer = alert.answer();
        return DeprecatedVersionConsumerAlert.newBuilder()
                .setEventId(alert.eventId())
                .setOccurredAt(alert.updatedAt())
                .setProductId(alert.productId())
                .setAlertId(alert.alertId())
                .setVersion(alert.version())
                .setConsumerId(alert.consumerId())
                .setConsumerDomain(alert.consumerDomain())
                .setOwnerDomain(alert.ownerDomain())
                .setContact(alert.contact())
                .setState(AlertState.valueOf(alert.state().name()))
                .setSunsetAt(alert.sunsetAt())
                .setReplacementVersion(alert.replacementVersion())
                .setReason(alert.reason())
                .setNotice(AlertNotice.valueOf(alert.notice().name()))
                .setAnswer(answer == null ? null : DeprecationAnswer.valueOf(answer.kind()))
                .setPlannedAt(answer == null ? null : answer.plannedAt())
                .setAnswerReason(answer == null ? null : answer.reason())
                .setPlannedBeforeSunset(answer == null ? null : answer.plannedBefore(alert.sunsetAt()))
                .setReminderDaysBefore(
                        alert.notice() == io.meshgov.catalog.alert.AlertNotice.REMINDER
                                ? alert.remindedDaysBefore()
                                : null)
                .build();
    }

    /** An accepted owner decision; its id derives from the decision's, so a replay repeats it. */
    static LifecycleDecided decided(InboundEvent input, long position, ProductVersion version) {
        SpecificRecord event = input.event();
        return LifecycleDecided.newBuilder()
                .setEventId(derivedId("decided", event))
                .setOccurredAt(field(event, "occurredAt"))
                .setProductId(input.productId())
                .setPosition(position)
                .setDomain(input.domain())
                .setSourceTopic(input.source().topic())
                .setSourcePartition(input.source().partition())
                .setSourceOffset(input.source().offset())
                .setDecisionEventId(String.valueOf((Object) field(event, "eventId")))
                .setDecisionType(event.getSchema().getFullName())
                .setVersion(version.version())
                .setStatus(VersionLifecycle.valueOf(version.status().name()))
                .setSunsetAt(
                        version.status() == VersionStatus.DEPRECATED
                                ? version.deprecation().sunsetAt()
                                : null)
                .build();
    }

    /** An accepted input, as lineage and quality read it; its id derives from the input's, so a replay repeats it. */
    static EventAccepted accepted(InboundEvent input, long position) {
        SpecificRecord event = input.event();
        return EventAccepted.newBuilder()
                .setEventId(derivedId("accepted", event))
                .setOccurredAt(field(event, "occurredAt"))
                .setProductId(input.productId())
                .setPosition(position)
                .setDomain(input.domain())
                .setSourceTopic(input.source().topic())
                .setSourcePartition(input.source().partition())
                .setSourceOffset(input.source().offset())
                .setEvent(event)
                .build();
    }

    /** A decided request or an expired grant; its id derives from the request and the state, so a replay repeats it. */
    static AccessGrantChanged grant(AccessRequest access) {
        return AccessGrantChanged.newBuilder()
                .setEventId(accessId(access.state().name(), access))
                .setOccurredAt(access.state() == AccessState.EXPIRED ? access.expiresAt() : access.decidedAt())
                .setRequestId(access.requestId())
                .setProductId(access.productId())
                .setVersion(access.version())
                .setOwnerDomain(access.ownerDomain())
                .setReaderDomain(access.readerDomain())
                .setConsumerId(access.consumerId())
                .setState(AccessGrantState.valueOf(
                        access.state() == AccessState.APPROVED
                                ? "GRANTED"
                                : access.state().name()))
                .setExpiresAt(access.expiresAt())
                .setResources(access.resources().stream()
                        .map(r -> new AccessResource(AccessResourceKind.valueOf(r.kind()), r.name()))
                        .toList())
                .setReason(access.reason())
                .build();
    }

    /**
     * The registration an approval made, or an expiry ended, as the accepted event a pipeline's registration would
     * have given (the requesting domain's); its ids derive from the request, so a replay repeats them.
     */
    static EventAccepted accessRegistration(AccessRequest grant, boolean registered, long position) {
        SpecificRecord event = registered
                ? ConsumerRegistered.newBuilder()
                        .setEventId(accessId("registered", grant))
                        .setOccurredAt(grant.decidedAt())
                        .setProductId(grant.productId())
                        .setVersion(grant.version())
                        .setConsumerId(grant.consumerId())
                        .setKind(ConsumerKind.valueOf(grant.kind()))
                        .setPurpose(grant.purpose())
                        .setContact(grant.contact())
                        .build()
                : ConsumerDeregistered.newBuilder()
                        .setEventId(accessId("deregistered", grant))
                        .setOccurredAt(grant.expiresAt())
                        .setProductId(grant.productId())
                        .setVersion(grant.version())
                        .setConsumerId(grant.consumerId())
                        .setKind(ConsumerKind.valueOf(grant.kind()))
                        .setPurpose("access request " + grant.requestId() + " expired")
                        .setContact(grant.contact())
                        .build();
        return EventAccepted.newBuilder()
                .setEventId(derivedId("accepted", event))
                .setOccurredAt(field(event, "occurredAt"))
                .setProductId(grant.productId())
                .setPosition(position)
                .setDomain(grant.readerDomain())
                .setSourceTopic(Topics.ACCESS_GRANTS)
                .setSourcePartition(-1)
                .setSourceOffset(-1)
                .setEvent(event)
                .build();
    }

    private static String accessId(String kind, AccessRequest access) {
        String id = "access\u0000" + kind + "\u0000" + access.productId() + "\u0000" + access.version() + "\u0000"
                + access.requestId();
        return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A deterministic id for what the catalog writes about {@code input}: a replay writes the same id. */
    private static String derivedId(String kind, SpecificRecord input) {
        String inputId = String.valueOf((Object) field(input, "eventId"));
        return UUID.nameUUIDFromBytes((kind + "\u0000" + inputId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(SpecificRecord event, String name) {
        return (T) event.get(event.getSchema().getField(name).pos());
    }

    static GovernanceViolation violation(Violation v) {
        return GovernanceViolation.newBuilder()
                .setEventId(v.violationId())
                .setOccurredAt(v.occurredAt() == null ? Instant.EPOCH : v.occurredAt())
                .setProductId(v.productId() == null ? "" : v.productId())
                .setRuleId(v.ruleId())
                .setReason(v.reason())
                .setDomain(v.domain())
                .setSourceTopic(v.sourceTopic())
                .setSourcePartition(v.sourcePartition())
                .setSourceOffset(v.sourceOffset())
                .setOffendingEventId(v.offendingEventId())
                .setOffendingEventType(v.offendingEventType())
                .build();
    }

    /** A run bound to a version and accepted; its id derives from the run event, so a redelivery repeats it. */
    static RunAccepted run(Claim binding, Observation o) {
        DatasetFacts dataset = o.dataset();
        return RunAccepted.newBuilder()
                .setEventId(o.eventId())
                .setOccurredAt(o.run().eventTime())
                .setProductId(binding.productId())
                .setVersion(binding.version())
                .setDomain(o.domain())
                .setSourceTopic(o.topic())
                .setSourcePartition(o.partition())
                .setSourceOffset(o.offset())
                .setRunId(o.run().runId())
                .setState(o.run().failed() ? RunState.FAIL : RunState.COMPLETE)
                .setJobNamespace(o.run().jobNamespace())
                .setJobName(o.run().jobName())
                .setDataset(new DatasetName(dataset.namespace(), dataset.name()))
                .setRole(o.output() ? DatasetRole.OUTPUT : DatasetRole.INPUT)
                .setInputs(o.run().inputs().stream()
                        .map(i -> new DatasetName(i.namespace(), i.name()))
                        .toList())
                .setRowCount(dataset.rowCount())
                .setNullCounts(dataset.nullCounts())
                .setAssertions(dataset.assertions().stream()
                        .map(a -> new RunAssertion(a.assertion(), a.column(), a.success()))
                        .toList())
                .build();
    }

    /** A dataset bound to a version; its id derives from both, so a replay repeats it. */
    static DatasetBound bound(Claim binding) {
        String id = "bound\u0000" + binding.namespace() + "\u0000" + binding.name() + "\u0000" + binding.productId()
                + "\u0000" + binding.version();
        return DatasetBound.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8))
                        .toString())
                .setOccurredAt(binding.occurredAt())
                .setProductId(binding.productId())
                .setVersion(binding.version())
                .setDomain(binding.ownerDomain())
                .setDataset(new DatasetName(binding.namespace(), binding.name()))
                .build();
    }
}
