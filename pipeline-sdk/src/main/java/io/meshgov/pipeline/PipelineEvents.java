package io.meshgov.pipeline;

/**
 * Where a Java pipeline starts an event. Each builder fills {@code eventId} (a random UUID) and {@code occurredAt}
 * (now) unless given, and its build method rejects a missing or malformed field with a message naming it.
 * Governance rules (ownership, immutability, lifecycle) are the catalog's to enforce, not the builder's.
 */
public final class PipelineEvents {

    private PipelineEvents() {}

    public static PublishedBuilder published(String productId, String version) {
        return new PublishedBuilder(productId, version);
    }

    /** Then {@code .deprecated()}, {@code .retired()}, {@code .sunsetExtended()} or {@code .keptInService()}. */
    public static LifecycleBuilder lifecycle(String productId, String version) {
        return new LifecycleBuilder(productId, version);
    }

    /** Then {@code .registered()} or {@code .deregistered()}. */
    public static ConsumerBuilder consumer(String consumerId, String productId, String version) {
        return new ConsumerBuilder(consumerId, productId, version);
    }

    /** A consumer's answer to a deprecation: then {@code .acknowledged}, {@code .extensionRequested} or {@code .objected}. */
    public static AnswerBuilder answer(String consumerId, String productId, String version) {
        return new AnswerBuilder(consumerId, productId, version);
    }

    /**
     * An access request to a version ({@code .consumer(..).kind(..).purpose(..).contact(..).requested(until)}) or the
     * owner's decision about it ({@code .approved()}, {@code .approvedUntil(end)}, {@code .denied(reason)}).
     */
    public static AccessBuilder access(String requestId, String productId, String version) {
        return new AccessBuilder(requestId, productId, version);
    }

    public static MeasurementBuilder measured(String productId, String version, String kpi, double value) {
        return new MeasurementBuilder(productId, version, kpi, value);
    }
}
