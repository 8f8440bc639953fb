package io.meshgov.catalog.governance;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.access.AccessState;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionStatus;
import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;
import java.util.Optional;

/**
 * A consumer requests access to a published, non-retired version, saying who, why and until when; a request id names
 * one request for good. The owner decides each request once (who the owner is, {@link OwnershipPolicy} checks): a
 * denial says why, an approval grants from the decision until the request's end or an earlier one, and only while the
 * version is served.
 */
public final class AccessPolicy implements GovernancePolicy {

    public String id() {
        return "access";
    }

    public String description() {
        return "request access to a published, non-retired version with a consumer, a purpose and an end after the"
                + " request; a request id is used once; the owner decides a pending request once, a denial with a"
                + " reason, an approval ending after it";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        if (!SemanticVersion.isValid(event.version())) return Verdict.allowed(); // semantic-version reports it
        if (event instanceof CatalogEvent.AccessRequested r) return request(r, state);
        if (event instanceof CatalogEvent.AccessDecided d) return decision(d, state);
        return Verdict.allowed();
    }

    private static Verdict request(CatalogEvent.AccessRequested r, ProductState state) {
        Optional<ProductVersion> version = version(r, state);
        if (version.isEmpty()) {
            return Verdict.violated(
                    "cannot request access to " + r.productId() + " " + r.version() + ": no such version is published");
        }
        if (version.get().status() == VersionStatus.RETIRED) {
            return Verdict.violated("cannot request access to " + r.productId() + " "
                    + version.get().version() + ": it is retired");
        }
        if (blank(r.requestId()) || blank(r.consumerId()) || blank(r.purpose())) {
            return Verdict.violated("an access request names its requestId, its consumer and its purpose");
        }
        if (!r.until().isAfter(r.source().occurredAt())) {
            return Verdict.violated("an access request ends after it is made: until " + r.until() + " is not after "
                    + r.source().occurredAt());
        }
        Optional<AccessRequest> earlier = state.access(version.get().version(), r.requestId());
        if (earlier.isPresent()) {
            return Verdict.violated("access request " + r.requestId() + " to " + r.productId() + " "
                    + version.get().version() + " was made already (by "
                    + earlier.get().readerDomain()
                    + "): a request is not changed, ask again with a new requestId");
        }
        return Verdict.allowed();
    }

    private static Verdict decision(CatalogEvent.AccessDecided d, ProductState state) {
        Optional<ProductVersion> version = version(d, state);
        Optional<AccessRequest> request = version.flatMap(v -> state.access(v.version(), d.requestId()));
        if (request.isEmpty()) {
            return Verdict.violated("there is no access request " + d.requestId() + " to " + d.productId() + " "
                    + d.version() + " to decide");
        }
        if (request.get().state() != AccessState.PENDING) {
            return Verdict.violated("access request " + d.requestId() + " was "
                    + request.get().state() + " at " + request.get().decidedAt() + ": a decision is final");
        }
        if (!d.approved()) {
            return blank(d.reason()) ? Verdict.violated("a denied access request says why") : Verdict.allowed();
        }
        if (version.get().status() == VersionStatus.RETIRED) {
            return Verdict.violated("cannot grant access to " + d.productId() + " "
                    + version.get().version() + ": it is retired");
        }
        Instant end = expiry(request.get(), d);
        if (!end.isAfter(d.source().occurredAt())) {
            return Verdict.violated("the grant would end at " + end + ", before it begins at "
                    + d.source().occurredAt());
        }
        return Verdict.allowed();
    }

    /** When an approved grant ends: the request's end, or the decision's when it is earlier. */
    public static Instant expiry(AccessRequest request, CatalogEvent.AccessDecided decision) {
        Instant until = decision.until();
        return until != null && until.isBefore(request.until()) ? until : request.until();
    }

    private static Optional<ProductVersion> version(CatalogEvent event, ProductState state) {
        return state.product().flatMap(p -> p.version(event.version()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
