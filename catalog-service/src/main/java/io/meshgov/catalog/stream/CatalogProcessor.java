package io.meshgov.catalog.stream;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.event.Source;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.catalog.ledger.Outcome;
import io.meshgov.catalog.product.Product;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.Json;
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
 * Applies each decoded event of one product with the ledger, writes what changed to the task's stores, and emits
 * it: alerts and violations as Avro events, every changed entity to the read model. A wall-clock punctuation
 * escalates alerts whose sunset has come near even when no event arrives.
 */
final class CatalogProcessor implements Processor<String, byte[], String, Emission> {

    private final CatalogLedger ledger;
    private final Clock clock;
    private final Duration escalationCheck;
    private final String viewTopic;
    private final SingleObjectCodec codec = SingleObjectCodec.standard();
    private final Serializer<io.meshgov.events.DeprecatedVersionConsumerAlert> alerts =
            EventSerdes.alerts().serializer();
    private final Serializer<io.meshgov.events.GovernanceViolation> violations =
            EventSerdes.violations().serializer();

    private ProcessorContext<String, Emission> context;
    private KeyValueStore<String, byte[]> productStore;
    private KeyValueStore<String, Registration> registrationStore;
    private KeyValueStore<String, Alert> alertStore;
    private KeyValueStore<String, Violation> violationStore;

    CatalogProcessor(CatalogLedger ledger, Clock clock, Duration escalationCheck, String viewTopic) {
        this.ledger = ledger;
        this.clock = clock;
        this.escalationCheck = escalationCheck;
        this.viewTopic = viewTopic;
    }

    @Override
    public void init(ProcessorContext<String, Emission> context) {
        this.context = context;
        productStore = context.getStateStore(CatalogStores.PRODUCTS);
        registrationStore = context.getStateStore(CatalogStores.REGISTRATIONS);
        alertStore = context.getStateStore(CatalogStores.ALERTS);
        violationStore = context.getStateStore(CatalogStores.VIOLATIONS);
        context.schedule(escalationCheck, PunctuationType.WALL_CLOCK_TIME, ignored -> escalateDueAlerts());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        SpecificRecord event = codec.decode(record.value());
        Source source = source(record.headers(), event);
        var catalogEvent = EventTranslation.toCatalogEvent(event, source);
        var state = new StoreBackedState(record.key(), productStore, registrationStore, alertStore);
        apply(ledger.apply(catalogEvent, state), record.timestamp());
    }

    private void apply(Outcome outcome, long timestamp) {
        if (outcome.product() != null) {
            Product product = outcome.product();
            byte[] json = Json.write(product);
            productStore.put(product.id(), json);
            emit(viewTopic, ViewKeys.product(product.id()), json, timestamp);
        }
        for (Registration r : outcome.registered()) {
            registrationStore.put(CatalogStores.key(r.productId(), r.version(), r.consumerId()), r);
            byte[] json = Json.write(r);
            emit(viewTopic, ViewKeys.registration(r), json, timestamp);
            emit(viewTopic, ViewKeys.consumer(r), json, timestamp);
        }
        for (Registration r : outcome.deregistered()) {
            registrationStore.delete(CatalogStores.key(r.productId(), r.version(), r.consumerId()));
            emit(viewTopic, ViewKeys.registration(r), null, timestamp);
            emit(viewTopic, ViewKeys.consumer(r), null, timestamp);
        }
        for (Alert alert : outcome.alerts()) {
            store(alert, timestamp);
        }
        for (Alert alert : outcome.announced()) {
            emit(
                    Topics.ALERTS,
                    alert.productId(),
                    alerts.serialize(Topics.ALERTS, OutputEvents.alert(alert)),
                    announcedNow());
        }
        for (Violation v : outcome.violations()) {
            if (violationStore.get(v.violationId()) != null) continue; // redelivered: announced already
            violationStore.put(v.violationId(), v);
            emit(viewTopic, ViewKeys.violation(v), Json.write(v), timestamp);
            emit(
                    Topics.GOVERNANCE_VIOLATIONS,
                    v.productId(),
                    violations.serialize(Topics.GOVERNANCE_VIOLATIONS, OutputEvents.violation(v)),
                    announcedNow());
        }
    }

    private void store(Alert alert, long timestamp) {
        alertStore.put(CatalogStores.key(alert.productId(), alert.version(), alert.consumerId()), alert);
        emit(viewTopic, ViewKeys.alert(alert), Json.write(alert), timestamp);
    }

    private void escalateDueAlerts() {
        Instant now = clock.instant();
        List<Alert> due = new ArrayList<>();
        try (KeyValueIterator<String, Alert> all = alertStore.all()) {
            all.forEachRemaining(kv -> ledger.escalate(kv.value, now).ifPresent(due::add));
        }
        for (Alert alert : due) {
            store(alert, now.toEpochMilli());
            emit(
                    Topics.ALERTS,
                    alert.productId(),
                    alerts.serialize(Topics.ALERTS, OutputEvents.alert(alert)),
                    announcedNow());
        }
    }

    /**
     * Announcements carry the time they were made, not the input's: an input replayed with its original (old)
     * timestamps would otherwise write alerts that time-based retention deletes as soon as their segment rolls.
     */
    private long announcedNow() {
        return context.currentSystemTimeMs();
    }

    private void emit(String topic, String key, byte[] value, long timestamp) {
        context.forward(new Record<>(key, new Emission(topic, value), timestamp));
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
