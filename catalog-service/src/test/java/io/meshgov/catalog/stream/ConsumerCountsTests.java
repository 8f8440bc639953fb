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

/** Consumer counts per version and purpose, kept beside the registrations, as the processor writes both. */
class ConsumerCountsTests {

    private final MockProcessorContext<String, Object> context = new MockProcessorContext<>();
    private final KeyValueStore<String, Long> counts = store("counts", Serdes.Long());
    private final KeyValueStore<String, Registration> registrations =
            store("registrations", Json.serde(Registration.class));
    private final ConsumerCounts kept = new ConsumerCounts(counts, registrations);

    @Test
    void countsEachConsumerOnceWhateverItsReRegistrationsAndRedeliveries() {
        register(registration("sales-dashboard", "2.1.0", "reporting"));
        register(registration("sales-dashboard", "2.1.0", "reporting")); // redelivered
        register(registration("jane.analyst", "2.1.0", "reporting"));
        register(registration("jane.analyst", "3.0.0", "reporting"));
        assertThat(count("2.1.0", "reporting")).isEqualTo(2);
        assertThat(count("3.0.0", "reporting")).isEqualTo(1);

        deregister(registration("sales-dashboard", "2.1.0", null));
        deregister(registration("sales-dashboard", "2.1.0", null)); // gone already
        assertThat(count("2.1.0", "reporting")).isEqualTo(1);

        deregister(registration("jane.analyst", "2.1.0", null));
        assertThat(count("2.1.0", "reporting"))
                .as("a purpose nobody has any more has no count")
                .isNull();
    }

    @Test
    void aConsumerCountsUnderItsPurposeAndMovesWhenItsPurposeChanges() {
        register(registration("sales-dashboard", "2.1.0", "reporting"));
        register(registration("jane.analyst", "2.1.0", "churn model"));
        register(registration("sales-dashboard", "2.1.0", "forecasting"));

        assertThat(count("2.1.0", "reporting"))
                .as("its old purpose went with it")
                .isNull();
        assertThat(count("2.1.0", "forecasting")).isEqualTo(1);
        assertThat(count("2.1.0", "churn model")).isEqualTo(1);

        deregister(registration("jane.analyst", "2.1.0", "a deregistration names no purpose"));
        assertThat(count("2.1.0", "churn model"))
                .as("counted down under the purpose it registered with")
                .isNull();
    }

    @Test
    void rebuildsTheCountsOnceFromRegistrationsStoredBeforeCountsWereKept() {
        for (String consumer : new String[] {"a", "b", "c"}) {
            Registration r = registration(consumer, "2.1.0", "reporting");
            registrations.put(ViewKeys.registration(r), r);
        }
        Registration onNext = registration("a", "3.0.0", null);
        registrations.put(ViewKeys.registration(onNext), onNext);

        kept.rebuildIfMissing();
        kept.rebuildIfMissing(); // a restart: the counts are there, nothing is counted again

        assertThat(count("2.1.0", "reporting")).isEqualTo(3);
        assertThat(count("3.0.0", "")).as("no purpose given: the empty one").isEqualTo(1);
    }

    private Long count(String version, String purpose) {
        return counts.get(ViewKeys.purpose("top-10-customers", version, purpose));
    }

    private void register(Registration r) {
        kept.registered(r);
        registrations.put(ViewKeys.registration(r), r);
    }

    private void deregister(Registration r) {
        kept.deregistered(r);
        registrations.delete(ViewKeys.registration(r));
    }

    private static Registration registration(String consumer, String version, String purpose) {
        return new Registration(
                consumer,
                "SYSTEM",
                "marketing",
                "top-10-customers",
                version,
                purpose,
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
