package io.meshgov.catalog.alert;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One consumer on one deprecated version. Its id is derived from (product, version, consumer), so the same pair
 * always has the same alert whatever the order in which deprecation and registration arrive. {@code episode}
 * counts how often the alert was (re)opened, so that each state change has its own deterministic event id.
 * {@code migrated} says whether it resolved because the consumer moved to a newer version.
 */
public record Alert(
        String alertId,
        String productId,
        String version,
        String consumerId,
        String consumerDomain,
        String ownerDomain,
        String contact,
        AlertState state,
        Instant sunsetAt,
        String replacementVersion,
        String reason,
        int episode,
        boolean migrated,
        Instant openedAt,
        Instant updatedAt) {

    public static String idOf(String productId, String version, String consumerId) {
        return UUID.nameUUIDFromBytes(("alert\u0000" + productId + "\u0000" + version + "\u0000" + consumerId)
                        .getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The id of the event that announces this alert's current state: the same state change, the same id. */
    public String eventId() {
        return UUID.nameUUIDFromBytes(
                        (alertId + "\u0000" + episode + "\u0000" + state).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public Alert moveTo(AlertState next, String why, Instant at) {
        return inState(next, why, episode, migrated, openedAt, at);
    }

    public Alert resolve(String why, boolean byMigration, Instant at) {
        return inState(AlertState.RESOLVED, why, episode, byMigration, openedAt, at);
    }

    public Alert reopen(String why, Instant at) {
        return inState(AlertState.OPEN, why, episode + 1, false, at, at);
    }

    /** The same consumer on the same version, in its next state. */
    private Alert inState(
            AlertState nextState, String why, int nextEpisode, boolean byMigration, Instant since, Instant at) {
        return new Alert(
                alertId,
                productId,
                version,
                consumerId,
                consumerDomain,
                ownerDomain,
                contact,
                nextState,
                sunsetAt,
                replacementVersion,
                why,
                nextEpisode,
                byMigration,
                since,
                at);
    }

    /** Whether the sunset is within the escalation window of {@code now}. */
    public boolean sunsetWithin(Duration window, Instant now) {
        return !sunsetAt.isAfter(now.plus(window));
    }
}
