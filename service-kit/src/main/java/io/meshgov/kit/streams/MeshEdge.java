package io.meshgov.kit.streams;

import io.meshgov.wire.MeshEventType;
import io.meshgov.wire.streams.DecodeOrDeadLetter;
import io.meshgov.wire.streams.Inbound;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/** The two ends every service's topology shares: how events come in, and how its outputs go out. */
public final class MeshEdge {

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<byte[]> BYTES = Serdes.ByteArray();

    private MeshEdge() {}

    /**
     * Every input topic matching the pattern, decoded once (undecodable records and events that do not belong on
     * their topic go to the dead-letter topic, with reason and coordinates), re-keyed by the productId in the
     * event's body and repartitioned: a product's events from every domain's topics meet in one task, whatever
     * key or partition count a producer used. Values stay the original bytes, stamped with their source.
     */
    public static KStream<String, byte[]> eventsByProduct(
            StreamsBuilder builder,
            Pattern inputs,
            String service,
            String deadLetterTopic,
            Map<String, DecodeOrDeadLetter.TopicKind> platformTopics,
            int partitions) {
        Map<String, KStream<String, Inbound>> decoded = builder.stream(
                        inputs, Consumed.with(KEYS, BYTES).withName("inputs"))
                .processValues(
                        () -> new DecodeOrDeadLetter(
                                service, topic -> DecodeOrDeadLetter.domainInput(topic, platformTopics)),
                        Named.as("decode"))
                .split(Named.as("decoded-"))
                .branch((key, inbound) -> inbound.isDecoded(), Branched.as("ok"))
                .defaultBranch(Branched.as("undecodable"));

        decoded.get("decoded-undecodable")
                .mapValues(Inbound::bytes, Named.as("dead-letter-bytes"))
                .to(deadLetterTopic, Produced.with(KEYS, BYTES).withName("dead-letter"));

        return decoded.get("decoded-ok")
                .selectKey((key, inbound) -> MeshEventType.productIdOf(inbound.event()), Named.as("key-by-product"))
                .mapValues(Inbound::bytes, Named.as("event-bytes"))
                .repartition(
                        Repartitioned.with(KEYS, BYTES).withName("by-product").withNumberOfPartitions(partitions));
    }

    /** Sends each emission to its own topic. */
    public static void emit(KStream<String, Emission> emissions) {
        emissions.to(
                (key, emission, context) -> emission.topic(),
                Produced.with(KEYS, Serdes.serdeFrom(Emission.SERIALIZER, (topic, bytes) -> null))
                        .withName("emit"));
    }
}
