package io.meshgov.catalog.event;

import java.time.Instant;

/**
 * Where an input event came from: the domain whose topic carried it (its identity), the record's coordinates, and
 * the event's own id, type and time.
 */
public record Source(
        String domain,
        String topic,
        int partition,
        long offset,
        String eventId,
        String eventType,
        Instant occurredAt) {}
