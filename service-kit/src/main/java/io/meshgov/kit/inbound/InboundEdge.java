package io.meshgov.kit.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
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
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * How events come into a service's topology. Each record is routed from its header and first fields (type, product),
 * repartitioned by product so that a product's events from every domain's topics meet in one task whatever key or
 * partition count a producer used, and decoded there once. The processor gets typed {@link InboundEvent}s; every
 * record that fails on the way goes to the dead-letter topic, as received, with the reason and source coordinates.
 */
public final class InboundEdge {

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<byte[]> BYTES = Serdes.ByteArray();

    private InboundEdge() {}

    /** Inputs written by anyone, keyed anyhow: routed, repartitioned by product, decoded in the product's task. */
    public static KStream<String, InboundEvent> byProduct(StreamsBuilder builder, Inputs inputs) {
        KStream<String, Stamped> routed = route(builder, inputs, false)
                .selectKey((key, passage) -> ((Passage.Routed) passage).productId(), Named.as("key-by-product"))
                .mapValues(passage -> ((Passage.Routed) passage).stamped(), Named.as("stamped"))
                .repartition(Repartitioned.with(KEYS, Stamped.SERDE)
                        .withName("by-product")
                        .withNumberOfPartitions(inputs.partitions()));
        return decode(routed, inputs);
    }

    /**
     * A platform topic its one writer already keys by product id, with the partition count the service's tasks
     * have: decoded where it is read, without a repartition (one hop less).
     */
    public static KStream<String, InboundEvent> keyedByProduct(StreamsBuilder builder, Inputs inputs) {
        KStream<String, Stamped> routed = route(builder, inputs, true)
                .mapValues(passage -> ((Passage.Routed) passage).stamped(), Named.as("stamped"));
        return decode(routed, inputs);
    }

    private static KStream<String, Passage> route(StreamsBuilder builder, Inputs inputs, boolean keyed) {
        Map<String, KStream<String, Passage>> routed = builder.stream(
                        inputs.topics(), Consumed.with(KEYS, BYTES).withName("inputs"))
                .processValues(
                        () -> new Route(inputs.service(), inputs.kinds(), keyed, inputs.codec()), Named.as("route"))
                .split(Named.as("routed-"))
                .branch((key, passage) -> passage instanceof Passage.Dead, Branched.as("dead"))
                .defaultBranch(Branched.as("ok"));
        deadLetters(routed.get("routed-dead"), inputs, "route");
        return routed.get("routed-ok");
    }

    private static KStream<String, InboundEvent> decode(KStream<String, Stamped> routed, Inputs inputs) {
        Map<String, KStream<String, Passage>> decoded = routed.process(
                        () -> new Decode(inputs.codec()), Named.as("decode"))
                .split(Named.as("decoded-"))
                .branch((key, passage) -> passage instanceof Passage.Dead, Branched.as("dead"))
                .defaultBranch(Branched.as("ok"));
        deadLetters(decoded.get("decoded-dead"), inputs, "decode");
        return decoded.get("decoded-ok").mapValues(passage -> ((Passage.Decoded) passage).event(), Named.as("events"));
    }

    private static void deadLetters(KStream<String, Passage> dead, Inputs inputs, String step) {
        deadLetters(
                dead.mapValues(passage -> ((Passage.Dead) passage).letter(), Named.as(step + "-letter")),
                inputs.service(),
                inputs.deadLetterTopic(),
                step);
    }

    /**
     * Writes each letter to the service's dead-letter topic, the record as received with the dead-letter headers: the
     * one way every step of every service's edge dead-letters, its own inputs' or another step's.
     */
    public static void deadLetters(KStream<String, DeadLetter> dead, String service, String topic, String step) {
        // counted per service and step; registered at once, so the series exists (at 0) before the first letter
        Counter letters = Metrics.counter("meshgov.dead.letters", "service", service, "step", step);
        dead.processValues(() -> new WriteDeadLetter(service, letters), Named.as(step + "-dead-letter"))
                .to(topic, Produced.with(KEYS, BYTES).withName(step + "-dead-letters"));
    }

    /** The record as received, with the dead-letter headers. */
    private static final class WriteDeadLetter implements FixedKeyProcessor<String, DeadLetter, byte[]> {
        private final String service;
        private final Counter letters;
        private FixedKeyProcessorContext<String, byte[]> context;

        WriteDeadLetter(String service, Counter letters) {
            this.service = service;
            this.letters = letters;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, byte[]> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, DeadLetter> record) {
            DeadLetter letter = record.value();
            context.forward(record.withValue(letter.bytes()).withHeaders(letter.headers(record.headers(), service)));
            letters.increment(); // at least once: a transaction aborted after this counts its letters again
        }
    }
}
