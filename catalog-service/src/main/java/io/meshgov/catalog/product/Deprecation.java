package io.meshgov.catalog.product;

import java.time.Instant;

/**
 * Why and until when a deprecated version is still served, and which version replaces it (may be null). The owner may
 * move the sunset later ({@code sunsetAt} is the current one, {@code firstSunsetAt} the one first announced,
 * {@code extendedAt} when it last moved), or
 * withdraw the deprecation ({@code withdrawnAt}, {@code withdrawnReason}: the version is ACTIVE again).
 */
public record Deprecation(
        String reason,
        Instant sunsetAt,
        String replacementVersion,
        Instant deprecatedAt,
        Instant firstSunsetAt,
        Instant extendedAt,
        Instant withdrawnAt,
        String withdrawnReason) {

    public Deprecation {
        if (firstSunsetAt == null) firstSunsetAt = sunsetAt; // stored before sunsets could move
    }

    public Deprecation(String reason, Instant sunsetAt, String replacementVersion, Instant deprecatedAt) {
        this(reason, sunsetAt, replacementVersion, deprecatedAt, sunsetAt, null, null, null);
    }

    /** The sunset moved later, at {@code at}. */
    public Deprecation extendedTo(Instant sunset, Instant at) {
        return new Deprecation(reason, sunset, replacementVersion, deprecatedAt, firstSunsetAt, at, null, null);
    }

    public Deprecation withdrawn(String why, Instant at) {
        return new Deprecation(reason, sunsetAt, replacementVersion, deprecatedAt, firstSunsetAt, extendedAt, at, why);
    }
}
