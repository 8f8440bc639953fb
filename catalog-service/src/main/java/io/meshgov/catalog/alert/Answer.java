package io.meshgov.catalog.alert;

import java.time.Instant;
import java.util.Comparator;

/**
 * A consumer's answer to a deprecation: ACKNOWLEDGED (with the date it plans to have migrated), EXTENSION_REQUESTED
 * (with the sunset it asks for and why) or OBJECTED (with why). The newest answer by the events' own times stands, so
 * answers read in any order leave the same one.
 */
public record Answer(String kind, Instant plannedAt, String reason, Instant answeredAt, String eventId) {

    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    public static final String EXTENSION_REQUESTED = "EXTENSION_REQUESTED";
    public static final String OBJECTED = "OBJECTED";

    private static final Comparator<Answer> AGE =
            Comparator.comparing(Answer::answeredAt).thenComparing(Answer::eventId);

    /** Whether this answer replaces {@code other} (null: there was none). */
    public boolean supersedes(Answer other) {
        return other == null || AGE.compare(this, other) > 0;
    }

    /** Whether the date the answer names is on or before {@code sunset}; null when it names none. */
    public Boolean plannedBefore(Instant sunset) {
        return plannedAt == null ? null : !plannedAt.isAfter(sunset);
    }

    /** The same answer, told again: what a pipeline re-sending it would carry. */
    public boolean sameAs(String kind, Instant plannedAt, String reason) {
        return this.kind.equals(kind)
                && java.util.Objects.equals(this.plannedAt, plannedAt)
                && java.util.Objects.equals(this.reason, reason);
    }
}
