package io.meshgov.catalog.stream;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.events.AlertState;
import io.meshgov.events.DeprecatedVersionConsumerAlert;
import io.meshgov.events.GovernanceViolation;
import java.time.Instant;

/** The catalog's outputs in their Avro form, with deterministic event ids. */
final class OutputEvents {

    private OutputEvents() {}

    static DeprecatedVersionConsumerAlert alert(Alert alert) {
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
                .build();
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
}
