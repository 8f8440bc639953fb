package io.meshgov.catalog.access;

import java.time.Instant;
import java.util.List;

/**
 * A consumer's request for access to one product version, and what became of it. {@code readerDomain} is the
 * requesting domain (its principal is the one granted), {@code version} the full spelling. Once approved, the grant
 * names what the reader may read ({@code resources}) until {@code expiresAt}.
 */
public record AccessRequest(
        String requestId,
        String productId,
        String version,
        String consumerId,
        String kind,
        String readerDomain,
        String ownerDomain,
        String purpose,
        String contact,
        Instant requestedAt,
        Instant until,
        String requestEventId,
        AccessState state,
        Instant decidedAt,
        Instant expiresAt,
        String reason,
        List<Resource> resources) {

    /** A Kafka topic the version is served on (a dataset with a {@code kafka://} namespace), or its endpoint. */
    public record Resource(String kind, String name) {
        public static final String KAFKA_TOPIC = "KAFKA_TOPIC";
        public static final String ENDPOINT = "ENDPOINT";
    }

    public AccessRequest {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    public static AccessRequest pending(
            String requestId,
            String productId,
            String version,
            String consumerId,
            String kind,
            String readerDomain,
            String ownerDomain,
            String purpose,
            String contact,
            Instant requestedAt,
            Instant until,
            String requestEventId) {
        return new AccessRequest(
                requestId,
                productId,
                version,
                consumerId,
                kind,
                readerDomain,
                ownerDomain,
                purpose,
                contact,
                requestedAt,
                until,
                requestEventId,
                AccessState.PENDING,
                null,
                null,
                null,
                List.of());
    }

    /** Granted from {@code at} until {@code expiresAt} on {@code resources}. */
    public AccessRequest approved(Instant at, Instant expiresAt, String why, List<Resource> resources) {
        return with(AccessState.APPROVED, at, expiresAt, why, resources);
    }

    public AccessRequest denied(Instant at, String why) {
        return with(AccessState.DENIED, at, null, why, List.of());
    }

    /** The grant ran out: its resources are kept, so that whoever applied them knows what to take back. */
    public AccessRequest expired() {
        return with(AccessState.EXPIRED, decidedAt, expiresAt, reason, resources);
    }

    /** An approved grant whose end has come at {@code now}. */
    public boolean expiresBy(Instant now) {
        return state == AccessState.APPROVED && !expiresAt.isAfter(now);
    }

    /** The same request as {@code other} asked (its decision aside): a redelivery. */
    public boolean sameRequestAs(AccessRequest other) {
        return requestId.equals(other.requestId)
                && consumerId.equals(other.consumerId)
                && kind.equals(other.kind)
                && readerDomain.equals(other.readerDomain)
                && purpose.equals(other.purpose)
                && contact.equals(other.contact)
                && until.equals(other.until);
    }

    private AccessRequest with(AccessState next, Instant decided, Instant expires, String why, List<Resource> granted) {
        return new AccessRequest(
                requestId,
                productId,
                version,
                consumerId,
                kind,
                readerDomain,
                ownerDomain,
                purpose,
                contact,
                requestedAt,
                until,
                requestEventId,
                next,
                decided,
                expires,
                why,
                granted);
    }
}
