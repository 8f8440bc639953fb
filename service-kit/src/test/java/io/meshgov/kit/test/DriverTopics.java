package io.meshgov.kit.test;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** A topology's output topics as a topology test reads them: keyed by string, events or raw bytes. */
public final class DriverTopics {

    private DriverTopics() {}

    public static <V> TestOutputTopic<String, V> events(
            TopologyTestDriver driver, String topic, Deserializer<V> values) {
        return driver.createOutputTopic(topic, new StringDeserializer(), values);
    }

    /** Each record's bytes as written: a dead-letter topic (the records as received), a repartition topic. */
    public static TestOutputTopic<String, byte[]> raw(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
