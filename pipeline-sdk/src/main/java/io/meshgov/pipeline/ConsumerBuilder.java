package io.meshgov.pipeline;

import io.meshgov.events.ConsumerDeregistered;
import io.meshgov.events.ConsumerKind;
import io.meshgov.events.ConsumerRegistered;
import java.time.Instant;

/** Builds a consumer's registration to, or deregistration from, a data product version. */
public final class ConsumerBuilder {

    private final String consumerId;
    private final String productId;
    private final String version;
    private String eventId;
    private Instant occurredAt;
    private ConsumerKind kind;
    private String purpose;
    private String contact;

    ConsumerBuilder(String consumerId, String productId, String version) {
        this.consumerId = consumerId;
        this.productId = productId;
        this.version = version;
    }

    public ConsumerBuilder eventId(String eventId) {
        this.eventId = eventId;
        return this;
    }

    public ConsumerBuilder occurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return this;
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
        return ConsumerRegistered.newBuilder()
                .setEventId(Require.eventId(event, eventId))
                .setOccurredAt(Require.now(occurredAt))
                .setProductId(Require.productId(event, productId))
                .setVersion(Require.version(event, "version", version))
                .setConsumerId(Require.nonBlank(event, "consumerId", consumerId))
                .setKind(Require.present(event, "kind", kind))
                .setPurpose(Require.nonBlank(event, "purpose", purpose))
                .setContact(Require.nonBlank(event, "contact", contact))
                .build();
    }

    public ConsumerDeregistered deregistered() {
        String event = "ConsumerDeregistered";
        return ConsumerDeregistered.newBuilder()
                .setEventId(Require.eventId(event, eventId))
                .setOccurredAt(Require.now(occurredAt))
                .setProductId(Require.productId(event, productId))
                .setVersion(Require.version(event, "version", version))
                .setConsumerId(Require.nonBlank(event, "consumerId", consumerId))
                .setKind(Require.present(event, "kind", kind))
                .setPurpose(Require.nonBlank(event, "purpose", purpose))
                .setContact(Require.nonBlank(event, "contact", contact))
                .build();
    }
}
