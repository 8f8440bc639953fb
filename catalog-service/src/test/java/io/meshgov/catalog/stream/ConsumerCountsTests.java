package io.meshgov.catalog.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.streams.Json;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** Per-version consumer counts kept beside the registrations, as the processor writes both. */
class ConsumerCountsTests {

    private final MockProcessorContext<String, Object> context = new MockProcessorContext<>();
    private final KeyValueStore<String, Long> counts = store("counts", Serdes.Long());
    private final KeyValueStore<String, Registration> registrations =
            store("registrations", Json.serde(Registration.class));
    private final ConsumerCounts kept = new ConsumerCounts(counts, registrations);

    @Test
    void countsEachConsumerOnceWhateverItsReRegistrationsAndRedeliveries() {
        register(registration("sales-dashboard", "2.1.0"));
        register(registration("sales-dashboard", "2.1.0")); // redelivered, or an updated purpose
        register(registration("jane.analyst", "2.1.0"));
        register(registration("jane.analyst", "3.0.0"));
        assertThat(counts.get(ViewKeys.quality("top-10-customers", "2.1.0"))).isEqualTo(2);
        assertThat(counts.get(ViewKeys.quality("top-10-customers", "3.0.0"))).isEqualTo(1);

        deregister(registration("sales-dashboard", "2.1.0"));
        deregister(registration("sales-dashboard", "2.1.0")); // gone already
        assertThat(counts.get(ViewKeys.quality("top-10-customers", "2.1.0"))).isEqualTo(1);

        deregister(registration("jane.analyst", "2.1.0"));
        assertThat(counts.get(ViewKeys.quality("top-10-customers", "2.1.0")))
                .as("a version nobody consumes has no count")
                .isNull();
    }

    @Test
    void rebuildsTheCountsOnceFromRegistrationsStoredBeforeCountsWereKept() {
        for (String consumer : new String[] {"a", "b", "c"}) {
            Registration r = registration(consumer, "2.1.0");
            registrations.put(ViewKeys.registration(r), r);
        }
        Registration onNext = registration("a", "3.0.0");
        registrations.put(ViewKeys.registration(onNext), onNext);

        kept.rebuildIfMissing();
        kept.rebuildIfMissing(); // a restart: the counts are there, nothing is counted again

        assertThat(counts.get(ViewKeys.quality("top-10-customers", "2.1.0"))).isEqualTo(3);
        assertThat(counts.get(ViewKeys.quality("top-10-customers", "3.0.0"))).isEqualTo(1);
    }

    private void register(Registration r) {
        kept.registered(r);
        registrations.put(ViewKeys.registration(r), r);
    }

    private void deregister(Registration r) {
        kept.deregistered(r);
        registrations.delete(ViewKeys.registration(r));
    }

    private static Registration registration(String consumer, String version) {
        return new Registration(
                consumer,
                "SYSTEM",
                "marketing",
                "top-10-customers",
                version,
                "reporting",
                "ops@example.com",
                Instant.parse("2026-01-05T09:00:00Z"));
    }

    private <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled()
                .build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
