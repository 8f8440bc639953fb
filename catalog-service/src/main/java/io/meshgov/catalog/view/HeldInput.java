package io.meshgov.catalog.view;

import java.time.Instant;

/**
 * An input the catalog has not decided yet because it names a version of its product not published yet: a
 * registration to it, or a deprecation naming it as replacement. It is decided when that version is published, or
 * as it is once the catalog's stream time has passed {@code heldSince} by the hold window.
 */
public record HeldInput(
        String productId,
        String awaitedVersion,
        String eventType,
        String eventId,
        String domain,
        String sourceTopic,
        int sourcePartition,
        long sourceOffset,
        Instant heldSince) {}
