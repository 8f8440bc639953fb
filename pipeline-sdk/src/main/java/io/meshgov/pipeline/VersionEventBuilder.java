package io.meshgov.pipeline;

import java.time.Instant;

/**
 * What every builder starts with: the version of a data product the event is about, and the event's own id and time,
 * filled (a random UUID, now) unless given. {@code B} is the concrete builder, so the setters chain.
 */
abstract class VersionEventBuilder<B extends VersionEventBuilder<B>> {

    private final String productId;
    private final String version;
    private String eventId;
    private Instant occurredAt;

    VersionEventBuilder(String productId, String version) {
        this.productId = productId;
        this.version = version;
    }

    public B eventId(String eventId) {
        this.eventId = eventId;
        return self();
    }

    public B occurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return self();
    }

    /** The head of {@code event}, checked; a failure names the event, the field and the bad value. */
    Head head(String event) {
        return new Head(
                Require.eventId(event, eventId),
                Require.now(occurredAt),
                Require.productId(event, productId),
                Require.version(event, "version", version));
    }

    record Head(String eventId, Instant occurredAt, String productId, String version) {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
