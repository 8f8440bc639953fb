package io.meshgov.catalog.stream;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.access.AccessState;
import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.Source;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.catalog.ledger.Outcome;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.inbound.InboundEvent;
import io.meshgov.kit.inbound.SourceCoordinates;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ParsedCache;
import io.meshgov.kit.streams.WaitingRoom;
import io.meshgov.wire.EventCodec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies each decoded event of one product with the ledger, writes what changed to the task's stores (whose
 * changelogs are every instance's read model), and announces alerts, violations and the accepted inputs as Avro
 * events. An input that names a version not published yet waits in the task's held store: a publication of that
 * version releases it, and once the task's stream time is {@code holdWindow} past it, it is decided as it is. A
 * wall-clock punctuation escalates alerts whose sunset has come near, and ends grants whose end has come, even when no
 * event arrives.
 */
final class CatalogProcessor implements Processor<String, InboundEvent, String, Emission> {

    /** Products' JSON a task keeps parsed, at most (4 tasks: 32 MiB of JSON, some 100 MiB of heap at most). */
    private static final long PRODUCT_CACHE_BYTES = 8L << 20;

    private final CatalogLedger ledger;
    private final Clock clock;
    private final CatalogSettings settings;
    private final EventCodec codec;

    private Announcements announce;
    private KeyValueStore<String, byte[]> productStore;
    private ParsedCache<Product> products;
    private KeyValueStore<String, Registration> registrationStore;
    private KeyValueStore<String, Registration> consumptionStore;
    private KeyValueStore<String, Alert> alertStore;
    private KeyValueStore<String, Violation> violationStore;
    private KeyValueStore<String, VersionQuality> qualityStore;
    private KeyValueStore<String, AccessRequest> accessStore;
    private KeyValueStore<String, Long> positions;
    private WaitingRoom<HeldEvent> held;
    private StoreSweep<Alert> alertSweep;
    private StoreSweep<AccessRequest> grantSweep;
    private ConsumerCounts consumerCounts;

    CatalogProcessor(CatalogLedger ledger, Clock clock, CatalogSettings settings, EventCodec codec) {
        this.codec = codec;
        this.ledger = ledger;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Emission> context) {
        announce = new Announcements(context, codec);
        productStore = context.getStateStore(ViewKeys.PRODUCTS);
        // most events need their product; parsing its JSON was a fifth of the thread's time
        products = new ParsedCache<>(json -> Json.read(json, Product.class), PRODUCT_CACHE_BYTES);
        registrationStore = context.getStateStore(ViewKeys.REGISTRATIONS);
        consumerCounts = new ConsumerCounts(context.getStateStore(ViewKeys.CONSUMER_PURPOSES), registrationStore);
        consumerCounts.rebuildIfMissing();
        consumptionStore = context.getStateStore(ViewKeys.CONSUMPTIONS);
        alertStore = context.getStateStore(ViewKeys.ALERTS);
        violationStore = context.getStateStore(ViewKeys.VIOLATIONS);
        qualityStore = context.getStateStore(ViewKeys.QUALITY);
        accessStore = context.getStateStore(ViewKeys.ACCESS);
        positions = context.getStateStore(ViewKeys.POSITIONS);
        // keyed (product, awaited version, timestamp, event id): a publication releases its waiters, oldest first
        held = new WaitingRoom<>(
                context.getStateStore(ViewKeys.HELD),
                h -> ViewKeys.held(h.productId(), h.awaitedVersion())
                        + String.format("%013d", h.timestamp())
                        + ViewKeys.SEP
                        + h.eventId(),
                HeldEvent::timestamp);
        alertSweep = new StoreSweep<>(settings.escalationCheck(), settings.escalationBatch());
        grantSweep = new StoreSweep<>(settings.escalationCheck(), settings.escalationBatch());
        context.schedule(alertSweep.stepEvery(), PunctuationType.WALL_CLOCK_TIME, this::sweep);
        // the wait is measured in stream time (the records' own timestamps), so a replay decides as the first run did
        context.schedule(Duration.ofSeconds(1), PunctuationType.STREAM_TIME, this::expireHeld);
    }

    @Override
    public void process(Record<String, InboundEvent> record) {
        handle(record.key(), record.value(), record.timestamp(), false);
    }

    /** Decides one input (or holds it), writes and announces what it changed, and releases what waited for it. */
    private void handle(String productId, InboundEvent input, long timestamp, boolean waitedEnough) {
        CatalogEvent event = EventTranslation.toCatalogEvent(input.event(), source(input));
        Outcome outcome = waitedEnough ? ledger.decide(event, state(productId)) : ledger.apply(event, state(productId));
        if (outcome.held() != null && held.count() >= settings.holdMax()) {
            outcome = ledger.decide(event, state(productId)); // no room to wait: decided as it is
        }
        write(outcome, timestamp);
        if (outcome.held() != null) {
            held.keep(new HeldEvent(
                    productId,
                    outcome.held().awaitedVersion(),
                    event.source().eventType(),
                    event.source().eventId(),
                    input.domain(),
                    input.source(),
                    timestamp,
                    input.bytes()));
        }
        if (outcome.accepted() != null) {
            CatalogEvent accepted = outcome.accepted();
            if (accepted instanceof CatalogEvent.SunsetExtended || accepted instanceof CatalogEvent.KeptInService) {
                // the version as the decision left it, in the product the outcome wrote
                ProductVersion decided =
                        outcome.product().version(accepted.version()).orElseThrow();
                announce.decided(input, next(productId), timestamp, decided);
            } else if (!concernsTheCatalogOnly(accepted)) {
                announce.accepted(input, next(productId), timestamp);
            }
            for (String awaited : outcome.releases()) {
                for (HeldEvent waiting : held.release(ViewKeys.held(productId, awaited))) {
                    handle(productId, revive(waiting), waiting.timestamp(), false);
                }
            }
        }
    }

    /**
     * Answers concern the catalog only; access requests and decisions too, but for the registration an approval makes
     * or an expiry ends, which {@link #write} announces as the registration event a pipeline would have sent.
     */
    private static boolean concernsTheCatalogOnly(CatalogEvent accepted) {
        return accepted instanceof CatalogEvent.Answered
                || accepted instanceof CatalogEvent.AccessRequested
                || accepted instanceof CatalogEvent.AccessDecided;
    }

    private void expireHeld(long streamTime) {
        for (HeldEvent due :
                held.expiredBefore(streamTime - settings.holdWindow().toMillis())) {
            handle(due.productId(), revive(due), due.timestamp(), true);
        }
    }

    private InboundEvent revive(HeldEvent input) {
        return new InboundEvent(codec.decode(input.event()), input.domain(), input.source(), input.event());
    }

    private StoreBackedState state(String productId) {
        return new StoreBackedState(
                productId, productStore, products, registrationStore, alertStore, qualityStore, accessStore);
    }

    private long next(String productId) {
        Long last = positions.get(productId);
        long position = last == null ? 1 : last + 1;
        positions.put(productId, position);
        return position;
    }

    /**
     * Writes what changed to the stores (whose changelogs every instance reads) and announces what is news;
     * {@code timestamp} is the input's (or the moment an expiry is due).
     */
    private void write(Outcome outcome, long timestamp) {
        if (outcome.product() != null) {
            Product product = outcome.product();
            byte[] json = Json.write(product);
            productStore.put(product.id(), json);
            products.remember(product.id(), json, product);
        }
        if (outcome.quality() != null) {
            VersionQuality quality = outcome.quality();
            qualityStore.put(ViewKeys.quality(quality.productId(), quality.version()), quality);
        }
        for (Registration r : outcome.registered()) {
            consumerCounts.registered(r);
            registrationStore.put(ViewKeys.registration(r), r);
            consumptionStore.put(ViewKeys.consumption(r), r);
        }
        for (Registration r : outcome.deregistered()) {
            consumerCounts.deregistered(r);
            registrationStore.delete(ViewKeys.registration(r));
            consumptionStore.delete(ViewKeys.consumption(r));
        }
        for (Alert alert : outcome.alerts()) {
            alertStore.put(ViewKeys.alert(alert), alert);
        }
        if (outcome.access() != null) writeAccess(outcome, timestamp);
        outcome.announced().forEach(announce::alert);
        outcome.qualityAlerts().forEach(announce::qualityAlert);
        for (Violation v : outcome.violations()) {
            if (violationStore.get(ViewKeys.violation(v)) != null) continue; // redelivered: announced already
            violationStore.put(ViewKeys.violation(v), v);
            announce.violation(v);
        }
    }

    /**
     * An access request as it now is; a decision or an expiry is announced on the grants' topic, and the registration
     * it made or ended on the accepted topic, for lineage and quality.
     */
    private void writeAccess(Outcome outcome, long timestamp) {
        AccessRequest access = outcome.access();
        accessStore.put(ViewKeys.access(access.productId(), access.version(), access.requestId()), access);
        if (access.state() == AccessState.PENDING) return;
        announce.grant(access);
        for (Registration r : outcome.registered()) {
            announce.accessRegistration(access, true, next(r.productId()), timestamp);
        }
        for (Registration r : outcome.deregistered()) {
            announce.accessRegistration(access, false, next(r.productId()), timestamp);
        }
    }

    /** The wall-clock checks: alerts whose sunset came near, grants whose end came. */
    private void sweep(long wallClock) {
        Instant now = clock.instant();
        escalateDueAlerts(wallClock, now);
        List<AccessRequest> ended = new ArrayList<>();
        grantSweep.step(accessStore, wallClock, grant -> {
            if (grant.expiresBy(now)) ended.add(grant);
        });
        for (AccessRequest grant : ended) {
            ledger.expire(grant, state(grant.productId()), now)
                    .ifPresent(outcome -> write(outcome, grant.expiresAt().toEpochMilli()));
        }
    }

    private void escalateDueAlerts(long wallClock, Instant now) {
        List<Alert> due = new ArrayList<>();
        alertSweep.step(alertStore, wallClock, alert -> {
            Optional<Alert> escalated = ledger.escalate(alert, now);
            escalated.ifPresent(due::add);
            ledger.remind(escalated.orElse(alert), now).ifPresent(due::add);
        });
        for (Alert alert : due) {
            alertStore.put(ViewKeys.alert(alert), alert);
            announce.alert(alert);
        }
    }

    private static Source source(InboundEvent input) {
        SourceCoordinates at = input.source();
        var event = input.event();
        return new Source(
                input.domain(),
                at.topic(),
                at.partition(),
                at.offset(),
                String.valueOf(event.get(event.getSchema().getField("eventId").pos())),
                event.getSchema().getName(),
                (Instant) event.get(event.getSchema().getField("occurredAt").pos()));
    }
}
