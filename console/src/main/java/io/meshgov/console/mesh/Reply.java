package io.meshgov.console.mesh;

/** What a service answered to one GET, as a page needs it. */
public sealed interface Reply {

    /** A 200: the JSON body as maps, lists and values, which templates read by property name. */
    record Ok(Object body) implements Reply {}

    /** A 4xx problem: the request names something unknown or malformed; {@code detail} says which. */
    record Problem(int status, String detail) implements Reply {}

    /**
     * The service cannot answer now: restoring its state (503, with when to retry), down or unreachable, or it
     * failed. The page says so instead of showing an empty answer.
     */
    record Unavailable(String service, String why, long retryAfterSeconds) implements Reply {}
}
