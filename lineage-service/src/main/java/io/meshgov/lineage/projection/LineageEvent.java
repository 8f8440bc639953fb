package io.meshgov.lineage.projection;

import java.time.Instant;
import java.util.List;

/** The events lineage cares about, in its own terms. {@code domain} is the domain whose topic carried the event. */
public sealed interface LineageEvent {

    String domain();

    String productId();

    String version();

    Instant at();

    /** An input: a product (with a version, or null for its newest active one) or a source system URI. */
    record Input(String productId, String version, String sourceUri) {}

    record Published(
            String domain,
            String productId,
            String version,
            String name,
            String classification,
            List<Input> inputs,
            Instant at)
            implements LineageEvent {}

    record Deprecated(String domain, String productId, String version, Instant at) implements LineageEvent {}

    record Retired(String domain, String productId, String version, Instant at) implements LineageEvent {}

    record Registered(
            String domain, String productId, String version, String consumerId, String kind, String contact, Instant at)
            implements LineageEvent {}

    record Deregistered(String domain, String productId, String version, String consumerId, Instant at)
            implements LineageEvent {}
}
