package io.meshgov.lineage.projection;

import io.meshgov.lineage.graph.VersionStatus;
import java.time.Instant;
import java.util.List;

/**
 * An input the catalog accepted, in lineage's own terms: the catalog decided governance (ownership, lifecycle), so
 * lineage applies each as it comes. {@code domain} is the domain whose topic carried the input (the consuming one
 * for registrations); {@code position} numbers a product's accepted inputs from 1, in the catalog's order.
 */
public sealed interface LineageEvent {

    String domain();

    String productId();

    String version();

    long position();

    Instant at();

    /** An input: a product (with a version, or null for its newest active one) or a source system URI. */
    record Input(String productId, String version, String sourceUri) {}

    record Published(
            String domain,
            String productId,
            String version,
            long position,
            String name,
            String classification,
            List<Input> inputs,
            Instant at)
            implements LineageEvent {}

    record Deprecated(String domain, String productId, String version, long position, Instant at)
            implements LineageEvent {}

    record Retired(String domain, String productId, String version, long position, Instant at)
            implements LineageEvent {}

    /** An owner's decision the catalog accepted (a sunset moved, a deprecation withdrawn): the version's new status. */
    record StatusDecided(
            String domain, String productId, String version, long position, VersionStatus status, Instant at)
            implements LineageEvent {}

    record Registered(
            String domain,
            String productId,
            String version,
            long position,
            String consumerId,
            String kind,
            String contact,
            Instant at)
            implements LineageEvent {}

    record Deregistered(String domain, String productId, String version, long position, String consumerId, Instant at)
            implements LineageEvent {}
}
