package io.meshgov.pipeline;

import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.ConsumerRegistered;

/** Builds a consumer's registration to, or deregistration from, a data product version. */
public final class ConsumerBuilder extends VersionEventBuilder<ConsumerBuilder> {

    private final String consumerId;
    private ConsumerKind kind;
    private String purpose;
    private String contact;

    ConsumerBuilder(String consumerId, String productId, String version) {
        super(productId, version);
        this.consumerId = consumerId;
    }

    public ConsumerBuilder kind(ConsumerKind kind) {
        this.kind = kind;
        return this;
    }

    public ConsumerBuilder purpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    public ConsumerBuilder contact(String contact) {
        this.contact = contact;
        return this;
    }

    public ConsumerRegistered registered() {
        String event = "ConsumerRegistered";
        Head head = head(event);
        return ConsumerRegistered.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setProductId(head.productId())
                .setVersion(head.version())
                .setConsumerId(Require.nonBlank(event, "consumerId", consumerId))
                .setKind(Require.present(event, "kind", kind))
                .setPurpose(Require.nonBlank(event, "purpose", purpose))
                .setContact(Require.nonBlank(event, "contact", contact))
                .build();
    }

    public ConsumerDeregistered deregistered() {
        String event = "ConsumerDeregistered";
        Head head = head(event);
        return ConsumerDeregistered.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setProductId(head.productId())
                .setVersion(head.version())
                .setConsumerId(Require.nonBlank(event, "consumerId", consumerId))
                .setKind(Require.present(event, "kind", kind))
                .setPurpose(Require.nonBlank(event, "purpose", purpose))
                .setContact(Require.nonBlank(event, "contact", contact))
                .build();
    }
}
