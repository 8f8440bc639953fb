package io.meshgov.catalog.alert;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One consumer on one deprecated version. Its id is derived from (product, version, consumer), so the same pair
 * always has the same alert whatever the order in which deprecation and registration arrive. {@code episode}
 * counts how often the alert was (re)opened and {@code sunsetMoves} how often the owner moved the sunset, so that each
 * announcement has its own deterministic event id. {@code migrated} says whether it resolved because the consumer
 * moved to a newer version. {@code notice} (and {@code noticeKey}) say what the latest announcement was about;
 * {@code answer} is the consumer's newest answer; {@code remindedDaysBefore} the last reminder point passed for the
 * current sunset (null before the first).
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
        Instant updatedAt,
        AlertNotice notice,
        String noticeKey,
        Answer answer,
        Integer sunsetMoves,
        Integer remindedDaysBefore) {

    public Alert {
        // stored before answers, moved sunsets and reminders existed
        if (notice == null) notice = AlertNotice.STATE_CHANGED;
        if (sunsetMoves == null) sunsetMoves = 0;
    }

    /** A newly opened alert. */
    public static Alert opened(
            String productId,
            String version,
            String consumerId,
            String consumerDomain,
            String ownerDomain,
            String contact,
            Instant sunsetAt,
            String replacementVersion,
            String reason,
            Instant at) {
        return new Alert(
                idOf(productId, version, consumerId),
                productId,
                version,
                consumerId,
                consumerDomain,
                ownerDomain,
                contact,
                AlertState.OPEN,
                sunsetAt,
                replacementVersion,
                reason,
                1,
                false,
                at,
                at,
                AlertNotice.STATE_CHANGED,
                null,
                null,
                0,
                null);
    }

    public static String idOf(String productId, String version, String consumerId) {
        return UUID.nameUUIDFromBytes(("alert\u0000" + productId + "\u0000" + version + "\u0000" + consumerId)
                        .getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * The id of the event that announces this alert's latest change: the same change, the same id. A state change
     * before any sunset move keeps the id it always had.
     */
    public String eventId() {
        String key = notice == AlertNotice.STATE_CHANGED
                ? alertId + "\u0000" + episode + "\u0000" + state
                        + (sunsetMoves > 0 ? "\u0000sunset-moves\u0000" + sunsetMoves : "")
                // not the state: whether a periodic check escalated the alert before an answer or a reminder was
                // decided depends on the wall clock, and a replay must repeat the same ids
                : alertId + "\u0000" + episode + "\u0000" + notice + "\u0000" + noticeKey;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Alert moveTo(AlertState next, String why, Instant at) {
        return copy(
                next,
                sunsetAt,
                replacementVersion,
                why,
                episode,
                migrated,
                openedAt,
                at,
                AlertNotice.STATE_CHANGED,
                null,
                answer,
                sunsetMoves,
                remindedDaysBefore);
    }

    public Alert resolve(String why, boolean byMigration, Instant at) {
        return copy(
                AlertState.RESOLVED,
                sunsetAt,
                replacementVersion,
                why,
                episode,
                byMigration,
                openedAt,
                at,
                AlertNotice.STATE_CHANGED,
                null,
                answer,
                sunsetMoves,
                remindedDaysBefore);
    }

    /** Open again, for a new episode (a new deprecation, or the consumer back on the version): no answer yet. */
    public Alert reopen(String why, Instant sunset, String replacement, Instant at) {
        return copy(
                AlertState.OPEN,
                sunset,
                replacement,
                why,
                episode + 1,
                false,
                at,
                at,
                AlertNotice.STATE_CHANGED,
                null,
                null,
                0,
                null);
    }

    /** The consumer's answer attached; announced with the answer's own event id. */
    public Alert answered(Answer newest, String why) {
        return copy(
                state,
                sunsetAt,
                replacementVersion,
                why,
                episode,
                migrated,
                openedAt,
                newest.answeredAt(),
                AlertNotice.ANSWERED,
                newest.eventId(),
                newest,
                sunsetMoves,
                remindedDaysBefore);
    }

    /** An answer read after the alert resolved, though given before: kept, not announced (the alert is over). */
    public Alert withAnswer(Answer given) {
        return copy(
                state,
                sunsetAt,
                replacementVersion,
                reason,
                episode,
                migrated,
                openedAt,
                updatedAt,
                notice,
                noticeKey,
                given,
                sunsetMoves,
                remindedDaysBefore);
    }

    /**
     * A resolved alert follows the version's sunset quietly (counted as a move, as a pending one would), so that it
     * reads the same in whichever order.
     */
    public Alert withSunset(Instant sunset) {
        return copy(
                state,
                sunset,
                replacementVersion,
                reason,
                episode,
                migrated,
                openedAt,
                updatedAt,
                notice,
                noticeKey,
                answer,
                sunsetMoves + 1,
                remindedDaysBefore);
    }

    /**
     * The owner moved the sunset later: reminders start over for the new sunset ({@code passedPoint}, the nearest
     * point of the new sunset already past at the move, counts as reminded: the move itself told the consumer), and an
     * escalated alert returns to OPEN when the new sunset is outside the escalation window at the moment of the
     * decision.
     */
    public Alert sunsetMovedTo(Instant sunset, Duration window, Integer passedPoint, String why, Instant at) {
        AlertState next = state == AlertState.ESCALATED && sunset.isAfter(at.plus(window)) ? AlertState.OPEN : state;
        return copy(
                next,
                sunset,
                replacementVersion,
                why,
                episode,
                migrated,
                openedAt,
                at,
                AlertNotice.SUNSET_EXTENDED,
                sunset.toString(),
                answer,
                sunsetMoves + 1,
                passedPoint);
    }

    /**
     * A reminder to a silent consumer, {@code days} before the sunset, stamped when it became due (or at the alert's
     * last change, if later: an alert's time never goes back).
     */
    public Alert reminded(int days, String why, Instant due) {
        Instant at = due.isAfter(updatedAt) ? due : updatedAt;
        return copy(
                state,
                sunsetAt,
                replacementVersion,
                why,
                episode,
                migrated,
                openedAt,
                at,
                AlertNotice.REMINDER,
                days + "@" + sunsetAt,
                answer,
                sunsetMoves,
                days);
    }

    /** The same consumer on the same version, with everything else as given. */
    private Alert copy(
            AlertState nextState,
            Instant sunset,
            String replacement,
            String why,
            int nextEpisode,
            boolean byMigration,
            Instant since,
            Instant at,
            AlertNotice nextNotice,
            String key,
            Answer nextAnswer,
            int moves,
            Integer reminded) {
        return new Alert(
                alertId,
                productId,
                version,
                consumerId,
                consumerDomain,
                ownerDomain,
                contact,
                nextState,
                sunset,
                replacement,
                why,
                nextEpisode,
                byMigration,
                since,
                at,
                nextNotice,
                key,
                nextAnswer,
                moves,
                reminded);
    }

    /** Whether the sunset is within the escalation window of {@code now}. */
    public boolean sunsetWithin(Duration window, Instant now) {
        return !sunsetAt.isAfter(now.plus(window));
    }

    /** Silent: pending, and the consumer has not answered in this episode. */
    public boolean silent() {
        return state.isPending() && answer == null;
    }
}
