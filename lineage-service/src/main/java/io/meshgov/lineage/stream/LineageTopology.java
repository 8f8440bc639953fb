package io.meshgov.lineage.stream;

import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ViewUpdater;
import io.meshgov.lineage.projection.ProductLineage;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.streams.DecodeOrDeadLetter;
import io.meshgov.wire.streams.Inbound;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
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

        KStream<String, byte[]> inputs = builder.stream(
                Topics.anyOf(InputTopic.PRODUCTS, InputTopic.CONSUMERS),
                Consumed.with(keys, bytes).withName("inputs"));
        Map<String, KStream<String, Inbound>> decoded = inputs.processValues(
                        () -> new DecodeOrDeadLetter(SERVICE, topic -> DecodeOrDeadLetter.domainInput(topic, Map.of())),
                        Named.as("decode"))
                .split(Named.as("decoded-"))
                .branch((key, inbound) -> inbound.isDecoded(), Branched.as("ok"))
                .defaultBranch(Branched.as("undecodable"));

        decoded.get("decoded-undecodable")
                .mapValues(Inbound::bytes, Named.as("dead-letter-bytes"))
                .to(Topics.LINEAGE_DEAD_LETTER, Produced.with(keys, bytes).withName("dead-letter"));

        decoded.get("decoded-ok")
                .selectKey((key, inbound) -> MeshEventType.productIdOf(inbound.event()), Named.as("key-by-product"))
                .mapValues(Inbound::bytes, Named.as("event-bytes"))
                .repartition(Repartitioned.with(keys, bytes)
                        .withName("by-product")
                        .withNumberOfPartitions(settings.partitions()))
                .process(LineageProcessor::new, Named.as("project"), LineageProcessor.PRODUCTS)
                .to(settings.viewTopic(), Produced.with(keys, bytes).withName("graph"));

        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VIEW_STORE), keys, bytes)
                        .withLoggingDisabled(),
                settings.viewTopic(),
                Consumed.with(keys, bytes).withName("read-model"),
                () -> new ViewUpdater(VIEW_STORE));
        return inputs;
    }
}
