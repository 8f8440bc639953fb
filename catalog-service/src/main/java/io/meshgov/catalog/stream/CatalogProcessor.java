package io.meshgov.catalog.stream;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.Source;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.catalog.ledger.Outcome;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.product.VersionQuality;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ParsedCache;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerdes;
import io.meshgov.wire.SingleObjectCodec;
import io.meshgov.wire.streams.SourceHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies each decoded event of one product with the ledger, writes what changed to the task's stores (whose
 * changelogs are every instance's read model), and announces alerts and violations as Avro events. A wall-clock
 * punctuation escalates alerts whose sunset has come near even when no event arrives.
 */
final class CatalogProcessor implements Processor<String, byte[], String, Emission> {

    /** Products' JSON a task keeps parsed, at most (4 tasks: 32 MiB of JSON, some 100 MiB of heap at most). */
    private static final long PRODUCT_CACHE_BYTES = 8L << 20;

    private final CatalogLedger ledger;
    private final Clock clock;
    private final Duration escalationCheck;
    private final SingleObjectCodec codec = SingleObjectCodec.standard();
    private final Serializer<io.meshgov.events.DeprecatedVersionConsumerAlert> alerts =
            EventSerdes.alerts().serializer();
    private final Serializer<io.meshgov.events.GovernanceViolation> violations =
            EventSerdes.violations().serializer();

    private ProcessorContext<String, Emission> context;
    private KeyValueStore<String, byte[]> productStore;
    private ParsedCache<Product> products;
    private KeyValueStore<String, Registration> registrationStore;
    private KeyValueStore<String, Registration> consumptionStore;
    private KeyValueStore<String, Alert> alertStore;
    private KeyValueStore<String, Violation> violationStore;
    private KeyValueStore<String, VersionQuality> qualityStore;

    CatalogProcessor(CatalogLedger ledger, Clock clock, Duration escalationCheck) {
        this.ledger = ledger;
        this.clock = clock;
        this.escalationCheck = escalationCheck;
    }

    @Override
    public void init(ProcessorContext<String, Emission> context) {
        this.context = context;
        productStore = context.getStateStore(ViewKeys.PRODUCTS);
        // most events need their product; parsing its JSON was a fifth of the thread's time
        products = new ParsedCache<>(json -> Json.read(json, Product.class), PRODUCT_CACHE_BYTES);
        registrationStore = context.getStateStore(ViewKeys.REGISTRATIONS);
        consumptionStore = context.getStateStore(ViewKeys.CONSUMPTIONS);
        alertStore = context.getStateStore(ViewKeys.ALERTS);
        violationStore = context.getStateStore(ViewKeys.VIOLATIONS);
        qualityStore = context.getStateStore(ViewKeys.QUALITY);
        context.schedule(escalationCheck, PunctuationType.WALL_CLOCK_TIME, ignored -> escalateDueAlerts());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        SpecificRecord event = codec.decode(record.value());
        Source source = source(record.headers(), event);
        var catalogEvent = EventTranslation.toCatalogEvent(event, source);
        var state =
                new StoreBackedState(record.key(), productStore, products, registrationStore, alertStore, qualityStore);
        apply(ledger.apply(catalogEvent, state));
    }

    /** Writes what changed to the stores (whose changelogs every instance reads) and announces what is news. */
    private void apply(Outcome outcome) {
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
            registrationStore.put(ViewKeys.registration(r), r);
            consumptionStore.put(ViewKeys.consumption(r), r);
        }
        for (Registration r : outcome.deregistered()) {
            registrationStore.delete(ViewKeys.registration(r));
            consumptionStore.delete(ViewKeys.consumption(r));
        }
        for (Alert alert : outcome.alerts()) {
            alertStore.put(ViewKeys.alert(alert), alert);
        }
        for (Alert alert : outcome.announced()) {
            announce(alert);
        }
        for (Violation v : outcome.violations()) {
            if (violationStore.get(ViewKeys.violation(v)) != null) continue; // redelivered: announced already
            violationStore.put(ViewKeys.violation(v), v);
            emit(
                    Topics.GOVERNANCE_VIOLATIONS,
                    v.productId(),
                    violations.serialize(Topics.GOVERNANCE_VIOLATIONS, OutputEvents.violation(v)));
        }
    }

    private void announce(Alert alert) {
        emit(Topics.ALERTS, alert.productId(), alerts.serialize(Topics.ALERTS, OutputEvents.alert(alert)));
    }

    private void escalateDueAlerts() {
        Instant now = clock.instant();
        List<Alert> due = new ArrayList<>();
        try (KeyValueIterator<String, Alert> all = alertStore.all()) {
            all.forEachRemaining(kv -> ledger.escalate(kv.value, now).ifPresent(due::add));
        }
        for (Alert alert : due) {
            alertStore.put(ViewKeys.alert(alert), alert);
            announce(alert);
        }
    }

    /**
     * Announcements carry the time they are made, not the input's: an input replayed with its original (old)
     * timestamps would otherwise write alerts that time-based retention deletes as soon as their segment rolls.
     */
    private void emit(String topic, String key, byte[] value) {
        context.forward(new Record<>(key, new Emission(topic, value), context.currentSystemTimeMs()));
    }

    private static Source source(Headers headers, SpecificRecord event) {
        String partition = SourceHeaders.read(headers, SourceHeaders.PARTITION);
        String offset = SourceHeaders.read(headers, SourceHeaders.OFFSET);
        return new Source(
                SourceHeaders.read(headers, SourceHeaders.DOMAIN),
                SourceHeaders.read(headers, SourceHeaders.TOPIC),
                partition == null ? -1 : Integer.parseInt(partition),
                offset == null ? -1 : Long.parseLong(offset),
                String.valueOf(event.get(event.getSchema().getField("eventId").pos())),
                event.getSchema().getName(),
                (Instant) event.get(event.getSchema().getField("occurredAt").pos()));
    }
}
