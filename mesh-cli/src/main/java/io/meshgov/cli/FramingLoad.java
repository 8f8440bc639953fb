package io.meshgov.cli;

import io.meshgov.admin.TopicOffsets;
import io.meshgov.pipeline.PipelineEvents;
import io.meshgov.wire.EventCodec;
import io.meshgov.wire.SchemaRegistryClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The same kind of measurements in each wire framing, on the owning domains' quality topics: single-object, then
 * Confluent-framed with the ids of the benchmark's Apicurio Registry. For each, quality-service's ingest (restarted
 * with its state kept, alone) and baseline (b), one consumer decoding the records with the services' codec.
 */
final class FramingLoad {

    static final Pattern TOPICS = Pattern.compile("mesh\\.[^.]+\\.quality");
    private static final Instant START = Instant.parse("2026-09-01T00:00:00Z");

    private final String bootstrap;
    private final List<String> owners;
    private final String registryUrl;

    /** @param owners each product's owning domain, by product index */
    FramingLoad(String bootstrap, List<String> owners, String registryUrl) {
        this.bootstrap = bootstrap;
        this.owners = owners;
        this.registryUrl = registryUrl;
    }

    Map<String, Object> measure(Recovery processes, int measurements, long seed, String qualityGroup) throws Exception {
        EventCodec single = EventCodec.singleObject();
        EventCodec confluent =
                EventCodec.withRegistry(new SchemaRegistryClient(registryUrl), EventCodec.Framing.CONFLUENT);
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<TopicPartition, Long> before = ends();
        figures.put("singleObject", round(processes, single, measurements, seed, 0, qualityGroup));
        Map<TopicPartition, Long> between = ends();
        figures.put("confluent", round(processes, confluent, measurements, seed, measurements, qualityGroup));
        Map<TopicPartition, Long> after = ends();
        figures.put("baselineDecodeSingleObject", decodeAll(before, between, single));
        figures.put("baselineDecodeConfluent", decodeAll(between, after, confluent));
        return figures;
    }

    private Map<String, Object> round(
            Recovery processes, EventCodec codec, int measurements, long seed, int offset, String group)
            throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("publish", publish(codec, measurements, seed, offset));
        figures.put(
                "quality",
                processes.catchUp(
                        "quality", group, TOPICS, Pattern.compile(TOPICS.pattern() + "|mesh\\.governance\\.accepted")));
        processes.stop("quality");
        return figures;
    }

    /** Sends {@code measurements} measurements of random products' 1.0, seeded; returns how many and their size. */
    private Map<String, Object> publish(EventCodec codec, int measurements, long seed, int offset) throws Exception {
        SplittableRandom random = new SplittableRandom(seed ^ offset);
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.BATCH_SIZE_CONFIG,
                128 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4");
        long bytes = 0;
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            for (int m = 0; m < measurements; m++) {
                int p = random.nextInt(owners.size());
                String productId = Workload.productId(p);
                Instant at = START.plusSeconds(offset + m);
                byte[] value = codec.encode(PipelineEvents.measured(
                                productId, Workload.version(0), "completeness", 0.95 + random.nextDouble() * 0.05)
                        .eventId(new UUID(seed ^ 0x6672, offset + m).toString())
                        .occurredAt(at)
                        .measuredAt(at)
                        .runId("framing-" + (offset + m))
                        .build());
                bytes += value.length;
                producer.send(new ProducerRecord<>("mesh." + owners.get(p) + ".quality", productId, value));
            }
            producer.flush();
        }
        return Map.of("events", measurements, "averageBytes", bytes / measurements);
    }

    /** One consumer reading the records between two offsets of every quality topic, decoding each with the codec. */
    private Map<String, Object> decodeAll(
            Map<TopicPartition, Long> from, Map<TopicPartition, Long> to, EventCodec codec) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
        long total = 0;
        for (var e : to.entrySet()) total += e.getValue() - from.getOrDefault(e.getKey(), 0L);
        long started = System.nanoTime(), read = 0;
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(to.keySet());
            to.keySet().forEach(tp -> consumer.seek(tp, from.getOrDefault(tp, 0L)));
            while (read < total) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= to.get(tp)) {
                        consumer.pause(List.of(tp)); // the rest of this partition is the other framing's
                        continue;
                    }
                    codec.decode(record.value()); // throws on anything it cannot decode
                    read++;
                }
            }
        }
        double s = (System.nanoTime() - started) / 1e9;
        return Map.of("events", read, "seconds", s, "eventsPerSecond", read / s);
    }

    private Map<TopicPartition, Long> ends() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return TopicOffsets.ends(admin, TOPICS);
        }
    }
}
