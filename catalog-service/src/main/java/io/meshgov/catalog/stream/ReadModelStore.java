package io.meshgov.catalog.stream;

import io.meshgov.catalog.view.StoreNotReady;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.streams.KafkaStreamsInteractiveQueryService;

/** This instance's copy of the read model, or {@link StoreNotReady} while it cannot be trusted. */
final class ReadModelStore implements Supplier<ReadOnlyKeyValueStore<String, byte[]>> {

    private final KafkaStreamsInteractiveQueryService queries;
    private final StreamsReadiness readiness;

    ReadModelStore(KafkaStreamsInteractiveQueryService queries, StreamsReadiness readiness) {
        this.queries = queries;
        this.readiness = readiness;
    }

    @Override
    public ReadOnlyKeyValueStore<String, byte[]> get() {
        if (!readiness.canAnswerQueries()) {
            throw new StoreNotReady("the catalog is " + readiness.state() + " and still restoring its read model");
        }
        try {
            return queries.retrieveQueryableStore(CatalogTopology.VIEW_STORE, QueryableStoreTypes.keyValueStore());
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw new StoreNotReady("the catalog's read model is not available: " + e.getMessage());
        }
    }
}
