package io.meshgov.catalog.event;

import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.product.VersionSpec;
import java.time.Instant;

/** An input event of the catalog, translated from its Avro form at the stream edge. */
public sealed interface CatalogEvent {

    Source source();

    String productId();

    /** The version the event is about, as the domain wrote it (may not be a valid semantic version). */
    String version();

    record Published(Source source, VersionSpec spec) implements CatalogEvent {
        public String productId() {
            return spec.productId();
        }

        public String version() {
            return spec.version();
        }
    }

    record Deprecated(
            Source source, String productId, String version, String reason, Instant sunsetAt, String replacementVersion)
            implements CatalogEvent {}

    record Retired(Source source, String productId, String version, String reason) implements CatalogEvent {}

    /** {@code registration.version()} is as written here; the ledger stores the full spelling. */
    record Registered(Source source, Registration registration) implements CatalogEvent {
        public String productId() {
            return registration.productId();
        }

        public String version() {
            return registration.version();
        }
    }

    record Deregistered(Source source, String productId, String version, String consumerId) implements CatalogEvent {}

    /** The owner moved the sunset of a deprecated version later. */
    record SunsetExtended(Source source, String productId, String version, Instant sunsetAt, String reason)
            implements CatalogEvent {}

    /** The owner withdrew the deprecation of a version: it is served as before. */
    record KeptInService(Source source, String productId, String version, String reason) implements CatalogEvent {}

    /**
     * A consumer answered the deprecation of a version it is on: {@code answer} is ACKNOWLEDGED, EXTENSION_REQUESTED or
     * OBJECTED; {@code plannedAt} the planned migration or the requested sunset.
     */
    record Answered(
            Source source,
            String productId,
            String version,
            String consumerId,
            String answer,
            Instant plannedAt,
            String reason)
            implements CatalogEvent {}

    /** A consumer of {@code source().domain()} asks the owner for access to a version, until {@code until}. */
    record AccessRequested(
            Source source,
            String productId,
            String version,
            String requestId,
            String consumerId,
            String kind,
            String purpose,
            String contact,
            Instant until)
            implements CatalogEvent {}

    /** The owner approves (until the request's end, or {@code until} when earlier) or denies an access request. */
    record AccessDecided(
            Source source,
            String productId,
            String version,
            String requestId,
            boolean approved,
            String reason,
            Instant until)
            implements CatalogEvent {}

    /** quality-service's verdict on one KPI of a version. */
    record QualityChanged(Source source, String productId, String version, String kpi, String status)
            implements CatalogEvent {}
}
