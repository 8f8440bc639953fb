package io.meshgov.kit.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic as committed (read_committed), the way alerting systems read the catalog's outputs. */
public final class TopicReader {

    private static final Duration TO_THE_END = Duration.ofSeconds(60);

    private TopicReader() {}

    /**
     * Every committed record: all partitions from the beginning up to their last stable offset at the call, then
     * whatever else arrives until {@code quiet} passes without a record. Partitions are assigned, not joined
     * through a group, so a slow group rebalance cannot make it stop early with part of the topic.
     */
    public static <V> List<ConsumerRecord<String, V>> readAll(
            String bootstrap, String topic, Deserializer<V> values, Duration quiet) {
        return readAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topic, values, quiet);
    }

    /** As {@link #readAll(String, String, Deserializer, Duration)}, with the given client settings (credentials). */
    public static <V> List<ConsumerRecord<String, V>> readAll(
            Map<String, Object> client, String topic, Deserializer<V> values, Duration quiet) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TO_THE_END.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("could not read " + topic);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            long lastRecord = System.nanoTime();
            while (System.nanoTime() - lastRecord < quiet.toNanos()) {
                var batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) lastRecord = System.nanoTime();
                batch.forEach(records::add);
            }
        }
        return records;
    }

    public static List<ConsumerRecord<String, byte[]>> readBytes(String bootstrap, String topic, Duration quiet) {
        return readAll(bootstrap, topic, new ByteArrayDeserializer(), quiet);
    }

    public static List<ConsumerRecord<String, byte[]>> readBytes(
            Map<String, Object> client, String topic, Duration quiet) {
        return readAll(client, topic, new ByteArrayDeserializer(), quiet);
    }
}
