package io.meshgov.kit.streams;

import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.streams.KafkaStreamsInteractiveQueryService;

/**
 * An instance's complete copy of a service's read model (a global key-value store), or {@link StoreNotReady} while
 * it cannot be trusted: never a store that is still restoring. spring-kafka's interactive query service keeps the
 * first streams client it sees; when the client is restarted, this store builds a new one for its successor.
 */
public final class GlobalViewStore implements Supplier<ReadOnlyKeyValueStore<String, byte[]>> {

    private final String storeName;
    private final StreamsBuilderFactoryBean factory;
    private final StreamsReadiness readiness;
    private volatile KafkaStreams client;
    private volatile KafkaStreamsInteractiveQueryService queries;

    /** @param queries the application's query service, used for the first streams client */
    public GlobalViewStore(
            String storeName,
            KafkaStreamsInteractiveQueryService queries,
            StreamsBuilderFactoryBean factory,
            StreamsReadiness readiness) {
        this.storeName = storeName;
        this.queries = queries;
        this.factory = factory;
        this.readiness = readiness;
    }

    @Override
    public ReadOnlyKeyValueStore<String, byte[]> get() {
        if (!readiness.canAnswerQueries()) {
            throw new StoreNotReady("the service is " + readiness.state() + " and still restoring its read model");
        }
        try {
            return queriesForCurrentClient().retrieveQueryableStore(storeName, QueryableStoreTypes.keyValueStore());
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw new StoreNotReady("the read model is not available: " + e.getMessage());
        }
    }

    private KafkaStreamsInteractiveQueryService queriesForCurrentClient() {
        KafkaStreams current = factory.getKafkaStreams();
        if (current == null) throw new StoreNotReady("the streams client is not started");
        if (client == null) {
            client = current; // the application's service binds to this first client on first use
        } else if (current != client) {
            queries = new KafkaStreamsInteractiveQueryService(factory);
            client = current;
        }
        return queries;
    }
}
