package io.meshgov.pipeline;

import io.meshgov.events.DeprecationAnswer;
import io.meshgov.events.DeprecationAnswered;
import java.time.Instant;

/**
 * Builds a consumer's answer to the deprecation of a version it is on, sent on the consumer's own domain topic:
 * {@code acknowledged(plannedMigration)}, {@code extensionRequested(sunset, reason)} or {@code objected(reason)}.
 */
public final class AnswerBuilder extends VersionEventBuilder<AnswerBuilder> {

    private static final String EVENT = "DeprecationAnswered";

    private final String consumerId;

    AnswerBuilder(String consumerId, String productId, String version) {
        super(productId, version);
        this.consumerId = consumerId;
    }

    /** The consumer will have migrated by {@code plannedMigration}. */
    public DeprecationAnswered acknowledged(Instant plannedMigration) {
        return build(DeprecationAnswer.ACKNOWLEDGED, Require.present(EVENT, "plannedAt", plannedMigration), null);
    }

    /** The consumer asks for the sunset to move to {@code sunset}, and says why. */
    public DeprecationAnswered extensionRequested(Instant sunset, String reason) {
        return build(
                DeprecationAnswer.EXTENSION_REQUESTED,
                Require.present(EVENT, "plannedAt", sunset),
                Require.nonBlank(EVENT, "reason", reason));
    }

    /** The consumer objects to the deprecation, and says why. */
    public DeprecationAnswered objected(String reason) {
        return build(DeprecationAnswer.OBJECTED, null, Require.nonBlank(EVENT, "reason", reason));
    }

    private DeprecationAnswered build(DeprecationAnswer answer, Instant plannedAt, String reason) {
        Head head = head(EVENT);
        return DeprecationAnswered.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setProductId(head.productId())
                .setVersion(head.version())
                .setConsumerId(Require.nonBlank(EVENT, "consumerId", consumerId))
                .setAnswer(answer)
                .setPlannedAt(plannedAt)
                .setReason(reason)
                .build();
    }
}
