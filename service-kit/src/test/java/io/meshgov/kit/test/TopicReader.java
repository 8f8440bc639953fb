package io.meshgov.kit.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic as committed (read_committed), the way alerting systems read the catalog's outputs. */
public final class TopicReader {

    private TopicReader() {}

    public static <V> List<ConsumerRecord<String, V>> readAll(
            String bootstrap, String topic, Deserializer<V> values, Duration quiet) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
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
}
