package io.meshgov.quality.stream;

import io.meshgov.kit.streams.Json;
import io.meshgov.kit.streams.ViewUpdater;
import io.meshgov.mesh.InputTopic;
import io.meshgov.mesh.Topics;
import io.meshgov.quality.slo.StalenessWindows;
import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.KpiState;
import io.meshgov.quality.tracking.MeasurementCheck;
import io.meshgov.quality.tracking.QualityTracker;
import io.meshgov.quality.tracking.VersionInfo;
import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.streams.DecodeOrDeadLetter;
import io.meshgov.wire.streams.Inbound;
import java.time.Clock;
import java.util.HashSet;
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
 * mesh.&lt;domain&gt;.quality|products → decode (undecodable → mesh.dlq.quality-service)
 *   → re-key by productId, repartition (a version's measurements meet its objectives in one task)
 *   → track (stores: versions, kpis, hourly history, seen ids) → mesh.quality.status, invalid → dead letters,
 *     read model → mesh.internal.quality-view → global store quality-view on every instance
 * </pre>
 */
public final class QualityTopology {

    public static final String SERVICE = "quality-service";
    public static final String VIEW_STORE = "quality-view";

    private QualityTopology() {}

    public static KStream<String, byte[]> build(StreamsBuilder builder, QualitySettings settings, Clock clock) {
        Serde<String> keys = Serdes.String();
        Serde<byte[]> bytes = Serdes.ByteArray();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(QualityStores.VERSIONS), keys, Json.serde(VersionInfo.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(QualityStores.KPIS), keys, Json.serde(KpiState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(QualityStores.HISTORY), keys, Json.serde(HourlyBucket.class)));
        builder.addStateStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(QualityStores.SEEN), keys, Serdes.Long()));

        KStream<String, byte[]> inputs = builder.stream(
                Topics.anyOf(InputTopic.QUALITY, InputTopic.PRODUCTS),
                Consumed.with(keys, bytes).withName("inputs"));
        Map<String, KStream<String, Inbound>> decoded = inputs.processValues(
                        () -> new DecodeOrDeadLetter(SERVICE, topic -> DecodeOrDeadLetter.domainInput(topic, Map.of())),
                        Named.as("decode"))
                .split(Named.as("decoded-"))
                .branch((key, inbound) -> inbound.isDecoded(), Branched.as("ok"))
                .defaultBranch(Branched.as("undecodable"));

        decoded.get("decoded-undecodable")
                .mapValues(Inbound::bytes, Named.as("dead-letter-bytes"))
                .to(Topics.QUALITY_DEAD_LETTER, Produced.with(keys, bytes).withName("dead-letter"));

        QualityTracker tracker =
                new QualityTracker(new StalenessWindows(settings.staleness(), settings.stalenessPerKpi()));
        MeasurementCheck check = new MeasurementCheck(new HashSet<>(settings.countKpis()));
        decoded.get("decoded-ok")
                .selectKey((key, inbound) -> MeshEventType.productIdOf(inbound.event()), Named.as("key-by-product"))
                .mapValues(Inbound::bytes, Named.as("event-bytes"))
                .repartition(Repartitioned.with(keys, bytes)
                        .withName("by-product")
                        .withNumberOfPartitions(settings.partitions()))
                .process(
                        () -> new QualityProcessor(tracker, check, settings, clock),
                        Named.as("track"),
                        QualityStores.VERSIONS,
                        QualityStores.KPIS,
                        QualityStores.HISTORY,
                        QualityStores.SEEN)
                .to(
                        (key, emission, context) -> emission.topic(),
                        Produced.with(keys, Serdes.serdeFrom(Emission.SERIALIZER, (t, b) -> null))
                                .withName("emit"));

        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VIEW_STORE), keys, bytes)
                        .withLoggingDisabled(),
                settings.viewTopic(),
                Consumed.with(keys, bytes).withName("read-model"),
                () -> new ViewUpdater(VIEW_STORE));
        return inputs;
    }
}
