package io.meshgov.catalog.stream;

import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.MeshEdge;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.streams.DecodeOrDeadLetter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * <pre>
 * mesh.&lt;domain&gt;.products|consumers, mesh.quality.status
 *   → decode (undecodable → mesh.dlq.catalog-service)
 *   → re-key by the event's productId and repartition (a product's events from every domain's topics meet in
 *     one task, whatever key or partition count the producer used)
 *   → govern (ledger over the product's stores) → mesh.alerts, mesh.governance.violations, read-model topic
 * read-model topic → global store on every instance (queries never need another instance)
 * </pre>
 */
public final class CatalogTopology {

    public static final String SERVICE = "catalog-service";
    public static final String VIEW_STORE = "catalog-view";
    static final Pattern INPUTS = Pattern.compile(Topics.anyOf(InputTopic.PRODUCTS, InputTopic.CONSUMERS)
                    .pattern() + "|" + Pattern.quote(Topics.QUALITY_STATUS));

    private static final Map<String, DecodeOrDeadLetter.TopicKind> PLATFORM_INPUTS = Map.of(
            Topics.QUALITY_STATUS,
            new DecodeOrDeadLetter.TopicKind(EnumSet.of(MeshEventType.QUALITY_STATUS_CHANGED), null));

    private CatalogTopology() {}

    public static KStream<String, Emission> build(
            StreamsBuilder builder, CatalogLedger ledger, Clock clock, CatalogSettings settings) {
        addStores(builder);
        KStream<String, Emission> emissions = MeshEdge.eventsByProduct(
                        builder, INPUTS, SERVICE, Topics.CATALOG_DEAD_LETTER, PLATFORM_INPUTS, settings.partitions())
                .process(
                        () -> new CatalogProcessor(ledger, clock, settings.escalationCheck(), settings.viewTopic()),
                        Named.as("govern"),
                        CatalogStores.PRODUCTS,
                        CatalogStores.REGISTRATIONS,
                        CatalogStores.ALERTS,
                        CatalogStores.VIOLATIONS);
        MeshEdge.emit(emissions);
        MeshEdge.readModel(builder, VIEW_STORE, settings.viewTopic());
        return emissions;
    }

    private static void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CatalogStores.PRODUCTS),
                Serdes.String(),
                Serdes.ByteArray())); // the product's JSON, written once for the store and the read model
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CatalogStores.REGISTRATIONS),
                Serdes.String(),
                Json.serde(CatalogStores.REGISTRATION)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CatalogStores.ALERTS),
                Serdes.String(),
                Json.serde(CatalogStores.ALERT)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CatalogStores.VIOLATIONS),
                Serdes.String(),
                Json.serde(CatalogStores.VIOLATION)));
    }
}
