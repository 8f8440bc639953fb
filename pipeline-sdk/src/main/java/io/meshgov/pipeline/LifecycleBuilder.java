package io.meshgov.pipeline;

import io.meshgov.events.DataProductVersionDeprecated;
import io.meshgov.events.DataProductVersionKeptInService;
import io.meshgov.events.DataProductVersionRetired;
import io.meshgov.events.DataProductVersionSunsetExtended;
import java.time.Instant;

/**
 * Builds the lifecycle events that follow a publication: deprecation and retirement of a version, and the owner's
 * decisions about a deprecation (the sunset moved later, the deprecation withdrawn).
 */
public final class LifecycleBuilder extends VersionEventBuilder<LifecycleBuilder> {

    private String reason;
    private Instant sunsetAt;
    private String replacementVersion;

    LifecycleBuilder(String productId, String version) {
        super(productId, version);
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
        Head head = head(event);
        return DataProductVersionDeprecated.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setProductId(head.productId())
                .setVersion(head.version())
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
        Head head = head(event);
        return DataProductVersionRetired.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setProductId(head.productId())
                .setVersion(head.version())
                .setReason(Require.nonBlank(event, "reason", reason))
                .build();
    }

    /** The owner moves the sunset of a deprecated version later: needs {@code sunsetAt} (the new one) and a reason. */
    public DataProductVersionSunsetExtended sunsetExtended() {
        String event = "DataProductVersionSunsetExtended";
        Head head = head(event);
        return DataProductVersionSunsetExtended.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setProductId(head.productId())
                .setVersion(head.version())
                .setSunsetAt(Require.present(event, "sunsetAt", sunsetAt))
                .setReason(Require.nonBlank(event, "reason", reason))
                .build();
    }

    /** The owner withdraws the deprecation: the version is served as before. Needs a reason. */
    public DataProductVersionKeptInService keptInService() {
        String event = "DataProductVersionKeptInService";
        Head head = head(event);
        return DataProductVersionKeptInService.newBuilder()
                .setEventId(head.eventId())
                .setOccurredAt(head.occurredAt())
                .setProductId(head.productId())
                .setVersion(head.version())
                .setReason(Require.nonBlank(event, "reason", reason))
                .build();
    }
}
