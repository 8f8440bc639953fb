package io.meshgov.pipeline;

import io.meshgov.events.AccessDecided;
import io.meshgov.events.AccessDecision;
import io.meshgov.events.AccessRequested;
import io.meshgov.events.ConsumerKind;
import java.time.Instant;

/**
 * Builds an access request ({@code requested(until)}, sent on the consumer's own domain topic, with {@code consumer},
 * {@code kind}, {@code purpose} and {@code contact} set) or the owner's decision about it ({@code approved()},
 * {@code approvedUntil(end)} or {@code denied(reason)}, sent on the owner's topic).
 */
public final class AccessBuilder extends VersionEventBuilder<AccessBuilder> {

    private static final String REQUEST = "AccessRequested";
    private static final String DECISION = "AccessDecided";

    private final String requestId;
    private String consumerId;
    private ConsumerKind kind;
    private String purpose;
    private String contact;

    AccessBuilder(String requestId, String productId, String version) {
        super(productId, version);
        this.requestId = requestId;
    }

    public AccessBuilder consumer(String consumerId) {
        this.consumerId = consumerId;
        return this;
    }

    public AccessBuilder kind(ConsumerKind kind) {
        this.kind = kind;
        return this;
    }

    public AccessBuilder purpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    public AccessBuilder contact(String contact) {
        this.contact = contact;
        return this;
    }

    /** The consumer asks for access until {@code until}. */
    public AccessRequested requested(Instant until) {
        Head head = head(REQUEST);
        return AccessRequested.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setRequestId(Require.nonBlank(REQUEST, "requestId", requestId))
                .setProductId(head.productId())
                .setVersion(head.version())
                .setConsumerId(Require.nonBlank(REQUEST, "consumerId", consumerId))
                .setKind(Require.present(REQUEST, "kind", kind))
                .setPurpose(Require.nonBlank(REQUEST, "purpose", purpose))
                .setContact(Require.nonBlank(REQUEST, "contact", contact))
                .setUntil(Require.present(REQUEST, "until", until))
                .build();
    }

    /** The owner grants access for as long as it was asked. */
    public AccessDecided approved() {
        return decided(AccessDecision.APPROVED, null, null);
    }

    /** The owner grants access until {@code end}, earlier than asked. */
    public AccessDecided approvedUntil(Instant end) {
        return decided(AccessDecision.APPROVED, null, Require.present(DECISION, "until", end));
    }

    /** The owner refuses, and says why. */
    public AccessDecided denied(String reason) {
        return decided(AccessDecision.DENIED, Require.nonBlank(DECISION, "reason", reason), null);
    }

    private AccessDecided decided(AccessDecision decision, String reason, Instant until) {
        Head head = head(DECISION);
        return AccessDecided.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setRequestId(Require.nonBlank(DECISION, "requestId", requestId))
                .setProductId(head.productId())
                .setVersion(head.version())
                .setDecision(decision)
                .setReason(reason)
                .setUntil(until)
                .build();
    }
}
