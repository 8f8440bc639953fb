package io.meshgov.lineage.stream;

import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.MeshEdge;
import io.meshgov.lineage.projection.ProductLineage;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * <pre>
 * mesh.&lt;domain&gt;.products|consumers → decode (undecodable → mesh.dlq.lineage-service)
 *   → re-key by productId, repartition → project (store lineage-products) → mesh.internal.lineage-view
 * mesh.internal.lineage-view → global store lineage-view on every instance
 * </pre>
 */
public final class LineageTopology {

    public static final String SERVICE = "lineage-service";
    public static final String VIEW_STORE = "lineage-view";

    private LineageTopology() {}

    public static KStream<String, byte[]> build(StreamsBuilder builder, LineageSettings settings) {
        Serde<String> keys = Serdes.String();
        Serde<byte[]> bytes = Serdes.ByteArray();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(LineageProcessor.PRODUCTS), keys, Json.serde(ProductLineage.class)));

        KStream<String, byte[]> graph = MeshEdge.eventsByProduct(
                        builder,
                        Topics.anyOf(InputTopic.PRODUCTS, InputTopic.CONSUMERS),
                        SERVICE,
                        Topics.LINEAGE_DEAD_LETTER,
                        Map.of(),
                        settings.partitions())
                .process(LineageProcessor::new, Named.as("project"), LineageProcessor.PRODUCTS);
        graph.to(settings.viewTopic(), Produced.with(keys, bytes).withName("graph"));
        MeshEdge.readModel(builder, VIEW_STORE, settings.viewTopic());
        return graph;
    }
}
