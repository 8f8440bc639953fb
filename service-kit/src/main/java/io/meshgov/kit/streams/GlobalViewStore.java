package io.meshgov.kit.streams;

import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.streams.KafkaStreamsInteractiveQueryService;

/**
 * An instance's complete copy of a service's read model (a global key-value store), or {@link StoreNotReady} while
 * it cannot be trusted: never a store that is still restoring.
 */
public final class GlobalViewStore implements Supplier<ReadOnlyKeyValueStore<String, byte[]>> {

    private final String storeName;
    private final KafkaStreamsInteractiveQueryService queries;
    private final StreamsReadiness readiness;

    public GlobalViewStore(String storeName, KafkaStreamsInteractiveQueryService queries, StreamsReadiness readiness) {
        this.storeName = storeName;
        this.queries = queries;
        this.readiness = readiness;
    }

    @Override
    public ReadOnlyKeyValueStore<String, byte[]> get() {
        if (!readiness.canAnswerQueries()) {
            throw new StoreNotReady("the service is " + readiness.state() + " and still restoring its read model");
        }
        try {
            return queries.retrieveQueryableStore(storeName, QueryableStoreTypes.keyValueStore());
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw new StoreNotReady("the read model is not available: " + e.getMessage());
        }
    }
}
