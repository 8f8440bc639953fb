package io.meshgov.kit.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.meshgov.kit.streams.ReadModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The views a read model reads, holding one stored value as a changelog would have brought it into the global store:
 * what a stored-format test restores through. Reading any other view fails.
 */
public final class OneEntryView {

    private OneEntryView() {}

    public static Function<String, ReadOnlyKeyValueStore<String, byte[]>> of(String store, String key, byte[] stored) {
        return of(store, key, stored, List.of());
    }

    /** As {@link #of(String, String, byte[])}, and the other stores named are read as empty. */
    public static Function<String, ReadOnlyKeyValueStore<String, byte[]>> of(
            String store, String key, byte[] stored, List<String> empty) {
        Map<String, KeyValueStore<String, byte[]>> others = new HashMap<>();
        for (String other : empty) {
            KeyValueStore<String, byte[]> none = Stores.keyValueStoreBuilder(
                            Stores.inMemoryKeyValueStore(ReadModel.viewOf(other)), Serdes.String(), Serdes.ByteArray())
                    .withLoggingDisabled()
                    .build();
            none.init(new MockProcessorContext<>().getStateStoreContext(), none);
            others.put(none.name(), none);
        }
        KeyValueStore<String, byte[]> view = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(ReadModel.viewOf(store)), Serdes.String(), Serdes.ByteArray())
                .withLoggingDisabled()
                .build();
        view.init(new MockProcessorContext<>().getStateStoreContext(), view);
        view.put(key, stored);
        return name -> {
            if (others.containsKey(name)) return others.get(name);
            assertThat(name).as("the view read").isEqualTo(view.name());
            return view;
        };
    }
}
