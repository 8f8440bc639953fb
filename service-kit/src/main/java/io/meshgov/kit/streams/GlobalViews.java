package io.meshgov.kit.streams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.streams.KafkaStreamsInteractiveQueryService;

/**
 * An instance's complete copy of a service's read model (its global key-value stores), or {@link StoreNotReady}
 * while it cannot be trusted: never a store that is still restoring. spring-kafka's interactive query service keeps
 * the first streams client it sees; when the client is restarted, this builds a new one for its successor. A store's
 * handle is looked up once per client, not per query.
 */
public final class GlobalViews {

    private final StreamsBuilderFactoryBean factory;
    private final StreamsReadiness readiness;
    private final Map<String, ReadOnlyKeyValueStore<String, byte[]>> handles = new ConcurrentHashMap<>();
    private volatile KafkaStreams client;
    private volatile KafkaStreamsInteractiveQueryService queries;

    /** @param queries the application's query service, used for the first streams client */
    public GlobalViews(
            KafkaStreamsInteractiveQueryService queries,
            StreamsBuilderFactoryBean factory,
            StreamsReadiness readiness) {
        this.queries = queries;
        this.factory = factory;
        this.readiness = readiness;
    }

    /** The global store of that name, ready to answer. */
    public ReadOnlyKeyValueStore<String, byte[]> store(String name) {
        if (!readiness.canAnswerQueries()) {
            throw new StoreNotReady("the service is " + readiness.state() + " and still restoring its read model");
        }
        KafkaStreamsInteractiveQueryService current = queriesForCurrentClient();
        try {
            return handles.computeIfAbsent(
                    name, n -> current.retrieveQueryableStore(n, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw new StoreNotReady("the read model is not available: " + e.getMessage());
        }
    }

    public Supplier<ReadOnlyKeyValueStore<String, byte[]>> of(String name) {
        return () -> store(name);
    }

    private KafkaStreamsInteractiveQueryService queriesForCurrentClient() {
        KafkaStreams current = factory.getKafkaStreams();
        if (current == null) throw new StoreNotReady("the streams client is not started");
        if (current == client) return queries;
        return rebind(current);
    }

    private synchronized KafkaStreamsInteractiveQueryService rebind(KafkaStreams current) {
        if (client == null) {
            client = current; // the application's service binds to this first client on first use
        } else if (current != client) {
            queries = new KafkaStreamsInteractiveQueryService(factory);
            handles.clear();
            client = current;
        }
        return queries;
    }
}
