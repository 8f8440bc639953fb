package io.meshgov.kit.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * A service's read model: the changelogs of some of its processing stores, each read whole into a global store on
 * every instance, so that any instance answers any query from its own copy. The changelog is the only copy written
 * (there is no separate view topic).
 *
 * <p>The changelogs are created up front, compacted, with the partitions Kafka Streams expects of them (one per task
 * of the processing step, which reads a repartition topic of {@code partitions}): a global store must find its topic
 * when the client starts, before the first rebalance, where Kafka Streams would create them itself.
 */
public final class ReadModel {

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<byte[]> BYTES = Serdes.ByteArray();

    private final String applicationId;
    private final List<String> stores;

    /** @param stores the processing stores whose changelogs make the read model */
    public ReadModel(String applicationId, List<String> stores) {
        this.applicationId = applicationId;
        this.stores = List.copyOf(stores);
    }

    /**
     * A processing store, logged: its changelog is what every instance reads. Not cached: Kafka Streams' record cache
     * would coalesce repeated writes of a key between two commits, but the services rarely write a key twice within
     * one, and the cache's sorted map and evictions cost more than they saved (quality 9,877 events/s without it,
     * 7,562 with; catalog 23,072 and 20,892; docs/benchmarks.md).
     */
    public static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), KEYS, values);
    }

    /** The name of the global store that holds every instance's copy of a processing store. */
    public static String viewOf(String store) {
        return store + "-view";
    }

    public String changelogOf(String store) {
        return applicationId + "-" + store + "-changelog";
    }

    public List<String> changelogs() {
        return stores.stream().map(this::changelogOf).toList();
    }

    /** One global store per processing store, fed from its changelog; read-committed, as every EOS consumer. */
    public void addTo(StreamsBuilder builder) {
        addTo(builder, ViewListener.NONE);
    }

    /** As {@link #addTo(StreamsBuilder)}, {@code listener} told of every change to the views. */
    public void addTo(StreamsBuilder builder, ViewListener listener) {
        for (String store : stores) {
            String view = viewOf(store);
            builder.addGlobalStore(
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(view), KEYS, BYTES)
                            .withLoggingDisabled(),
                    changelogOf(store),
                    Consumed.with(KEYS, BYTES).withName(view + "-source"),
                    () -> new ViewUpdater(view, listener));
        }
    }

    /** The changelogs, as the service creates them if missing. */
    public List<NewTopic> topics(int partitions, short replicationFactor) {
        return changelogs().stream()
                .map(name -> new NewTopic(name, partitions, replicationFactor)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))
                .toList();
    }
}
