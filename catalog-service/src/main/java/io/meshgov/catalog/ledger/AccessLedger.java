package io.meshgov.catalog.ledger;

import static io.meshgov.catalog.ledger.CatalogLedger.full;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.access.AccessRequest.Resource;
import io.meshgov.catalog.access.AccessState;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.event.Source;
import io.meshgov.catalog.governance.AccessPolicy;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.mesh.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Access requests, the owner's decisions and the grants' ends. An approval registers the consumer to the version (as
 * its own registration would, alerts included) and grants its domain the version's Kafka topics and endpoint until
 * the grant's end; at that end the grant expires and the registration ends with it. {@link CatalogLedger} checks the
 * policies ({@link AccessPolicy}) and dispatches here.
 */
final class AccessLedger {

    /** The scheme of an OpenLineage dataset namespace that names a Kafka cluster: its dataset name is a topic. */
    private static final String KAFKA = "kafka://";

    private final CatalogLedger ledger;

    AccessLedger(CatalogLedger ledger) {
        this.ledger = ledger;
    }

    /** What a decision waits for while its request is not read yet (the request travels on another domain's topic). */
    static String requestOf(String version, String requestId) {
        return full(version) + " access " + requestId;
    }

    static Optional<String> decisionWaits(CatalogEvent.AccessDecided e, ProductState state) {
        String version = full(e.version());
        if (state.access(version, e.requestId()).isPresent()) return Optional.empty();
        return Optional.of(requestOf(version, e.requestId()));
    }

    /** A redelivered request, or a redelivered decision of a request decided so already. */
    static boolean changesNothing(CatalogEvent event, ProductState state, String version) {
        if (event instanceof CatalogEvent.AccessRequested r) {
            return state.access(version, r.requestId())
                    .map(known -> known.sameRequestAs(pending(r, version, known.ownerDomain())))
                    .orElse(false);
        }
        CatalogEvent.AccessDecided d = (CatalogEvent.AccessDecided) event;
        return state.access(version, d.requestId())
                .map(known -> known.state() != AccessState.PENDING
                        && d.source().occurredAt().equals(known.decidedAt())
                        && d.approved() == (known.state() != AccessState.DENIED))
                .orElse(false);
    }

    Outcome requested(CatalogEvent.AccessRequested e, ProductState state) {
        Product product = state.product().orElseThrow();
        String version = product.version(e.version()).orElseThrow().version();
        return Outcome.nothing()
                .access(pending(e, version, product.domain()))
                .releases(requestOf(version, e.requestId()));
    }

    Outcome decided(CatalogEvent.AccessDecided e, ProductState state) {
        ProductVersion version =
                state.product().flatMap(p -> p.version(e.version())).orElseThrow();
        AccessRequest request = state.access(version.version(), e.requestId()).orElseThrow();
        Instant at = e.source().occurredAt();
        if (!e.approved()) return Outcome.nothing().access(request.denied(at, e.reason()));
        AccessRequest granted = request.approved(at, AccessPolicy.expiry(request, e), e.reason(), resources(version));
        Outcome outcome;
        if (state.registration(version.version(), request.consumerId()).isPresent()) {
            outcome = Outcome.nothing(); // registered already: the grant adds access, not a second registration
        } else {
            outcome = ledger.registered(registration(granted, e.source()), state)
                    .releases(CampaignLedger.alertOf(version.version()));
        }
        return outcome.access(granted);
    }

    /** The grant's end: it expires, and the consumer's registration to the version ends with it. */
    Outcome expired(AccessRequest grant, ProductState state) {
        Outcome outcome = state.registration(grant.version(), grant.consumerId())
                .map(r -> ledger.deregistered(
                        new CatalogEvent.Deregistered(
                                expirySource(grant), grant.productId(), grant.version(), grant.consumerId()),
                        state))
                .orElseGet(Outcome::nothing);
        return outcome.access(grant.expired());
    }

    /** What the grant lets the reader read: the version's Kafka topics (its datasets on Kafka) and its endpoint. */
    static List<Resource> resources(ProductVersion version) {
        List<Resource> resources = new ArrayList<>();
        for (var dataset : version.spec().datasets()) {
            if (dataset.namespace().startsWith(KAFKA)) {
                resources.add(new Resource(Resource.KAFKA_TOPIC, dataset.name()));
            }
        }
        resources.add(new Resource(Resource.ENDPOINT, version.spec().endpoint()));
        return resources;
    }

    private static AccessRequest pending(CatalogEvent.AccessRequested e, String version, String ownerDomain) {
        return AccessRequest.pending(
                e.requestId(),
                e.productId(),
                version,
                e.consumerId(),
                e.kind(),
                e.source().domain(),
                ownerDomain,
                e.purpose(),
                e.contact(),
                e.source().occurredAt(),
                e.until(),
                e.source().eventId());
    }

    /** The registration an approval makes: the requesting domain's, from the decision's time. */
    private static CatalogEvent.Registered registration(AccessRequest grant, Source decision) {
        Source source = new Source(
                grant.readerDomain(),
                decision.topic(),
                decision.partition(),
                decision.offset(),
                decision.eventId(),
                decision.eventType(),
                grant.decidedAt());
        return new CatalogEvent.Registered(
                source,
                new Registration(
                        grant.consumerId(),
                        grant.kind(),
                        grant.readerDomain(),
                        grant.productId(),
                        grant.version(),
                        grant.purpose(),
                        grant.contact(),
                        grant.decidedAt()));
    }

    private static Source expirySource(AccessRequest grant) {
        return new Source(
                grant.readerDomain(),
                Topics.ACCESS_GRANTS,
                -1,
                -1,
                grant.requestEventId(),
                "AccessExpired",
                grant.expiresAt());
    }
}
