package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.Source;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * An input event that broke a policy and was not applied. Its id derives from the offending event and the rule, so
 * a redelivered or replayed event gives the same violation, never a second one.
 */
public record Violation(
        String violationId,
        String ruleId,
        String reason,
        String domain,
        String productId,
        String sourceTopic,
        int sourcePartition,
        long sourceOffset,
        String offendingEventId,
        String offendingEventType,
        Instant occurredAt) {

    public static Violation of(GovernancePolicy policy, String reason, Source source, String productId) {
        return of(policy.id(), reason, source, productId);
    }

    public static Violation of(String ruleId, String reason, Source source, String productId) {
        String id = UUID.nameUUIDFromBytes(
                        ("violation\u0000" + source.eventId() + "\u0000" + ruleId).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Violation(
                id,
                ruleId,
                reason,
                source.domain(),
                productId,
                source.topic(),
                source.partition(),
                source.offset(),
                source.eventId(),
                source.eventType(),
                source.occurredAt());
    }
}
