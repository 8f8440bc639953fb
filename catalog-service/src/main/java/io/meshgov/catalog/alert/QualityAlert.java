package io.meshgov.catalog.alert;

import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.product.VersionQuality.Breach;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A consumer told that a KPI of the version it is registered to is in breach (OPEN), or no longer is, or that it left
 * the version (RESOLVED). Announced, not stored: whether one is open follows from the version's breaches and its
 * registrations. The alert belongs to (consumer, version, KPI, breach) and an episode opens when both the breach and
 * the registration hold, by their own times, so that any order of the same facts gives the same ids.
 */
public record QualityAlert(
        String alertId,
        String eventId,
        String productId,
        String version,
        String kpi,
        String consumerId,
        String consumerDomain,
        String ownerDomain,
        String contact,
        AlertState state,
        String status,
        Instant breachedAt,
        Instant occurredAt,
        String reason) {

    /** The alert of {@code consumer} about {@code breach} of {@code kpi}, opened when both hold. */
    public static QualityAlert open(
            String ownerDomain, Registration consumer, String kpi, String status, Breach breach) {
        return of(
                ownerDomain,
                consumer,
                kpi,
                status,
                breach,
                AlertState.OPEN,
                opened(consumer, breach),
                kpi + " of " + consumer.productId() + " " + consumer.version() + " is " + status + " since "
                        + breach.since() + "; " + consumer.consumerId() + " reads that version");
    }

    /** That alert resolved at {@code at}: the KPI {@code status} is no breach any more, or the consumer left. */
    public static QualityAlert resolved(
            String ownerDomain,
            Registration consumer,
            String kpi,
            String status,
            Breach breach,
            Instant at,
            String reason) {
        Instant opened = opened(consumer, breach);
        return of(
                ownerDomain,
                consumer,
                kpi,
                status,
                breach,
                AlertState.RESOLVED,
                at.isBefore(opened) ? opened : at,
                reason);
    }

    private static QualityAlert of(
            String ownerDomain,
            Registration consumer,
            String kpi,
            String status,
            Breach breach,
            AlertState state,
            Instant at,
            String reason) {
        String alertId = uuid(
                "quality-alert",
                consumer.productId(),
                consumer.version(),
                kpi,
                consumer.consumerId(),
                breach.eventId());
        // one event per state of each episode: the episode is when it opened (a consumer may leave and come back)
        String eventId = uuid(alertId, opened(consumer, breach).toString(), state.name());
        return new QualityAlert(
                alertId,
                eventId,
                consumer.productId(),
                consumer.version(),
                kpi,
                consumer.consumerId(),
                consumer.domain(),
                ownerDomain,
                consumer.contact(),
                state,
                status,
                breach.since(),
                at,
                reason);
    }

    private static Instant opened(Registration consumer, Breach breach) {
        return consumer.since().isAfter(breach.since()) ? consumer.since() : breach.since();
    }

    private static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
