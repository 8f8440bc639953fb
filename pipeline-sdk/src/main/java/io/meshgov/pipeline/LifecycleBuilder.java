package io.meshgov.pipeline;

import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionRetired;
import java.time.Instant;

/** Builds the lifecycle events that follow a publication: deprecation and retirement of a version. */
public final class LifecycleBuilder {

    private final String productId;
    private final String version;
    private String eventId;
    private Instant occurredAt;
    private String reason;
    private Instant sunsetAt;
    private String replacementVersion;

    LifecycleBuilder(String productId, String version) {
        this.productId = productId;
        this.version = version;
    }

    public LifecycleBuilder eventId(String eventId) {
        this.eventId = eventId;
        return this;
    }

    public LifecycleBuilder occurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return this;
    }

    public LifecycleBuilder reason(String reason) {
        this.reason = reason;
        return this;
    }

    public LifecycleBuilder sunsetAt(Instant sunsetAt) {
        this.sunsetAt = sunsetAt;
        return this;
    }

    public LifecycleBuilder replacedBy(String replacementVersion) {
        this.replacementVersion = replacementVersion;
        return this;
    }

    public DataProductVersionDeprecated deprecated() {
        String event = "DataProductVersionDeprecated";
        return DataProductVersionDeprecated.newBuilder()
                .setEventId(Require.eventId(event, eventId))
                .setOccurredAt(Require.now(occurredAt))
                .setProductId(Require.productId(event, productId))
                .setVersion(Require.version(event, "version", version))
                .setReason(Require.nonBlank(event, "reason", reason))
                .setSunsetAt(Require.present(event, "sunsetAt", sunsetAt))
                .setReplacementVersion(
                        replacementVersion == null
                                ? null
                                : Require.version(event, "replacementVersion", replacementVersion))
                .build();
    }

    public DataProductVersionRetired retired() {
        String event = "DataProductVersionRetired";
        return DataProductVersionRetired.newBuilder()
                .setEventId(Require.eventId(event, eventId))
                .setOccurredAt(Require.now(occurredAt))
                .setProductId(Require.productId(event, productId))
                .setVersion(Require.version(event, "version", version))
                .setReason(Require.nonBlank(event, "reason", reason))
                .build();
    }
}
