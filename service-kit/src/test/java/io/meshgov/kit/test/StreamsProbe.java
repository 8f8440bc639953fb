package io.meshgov.kit.test;

import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TopologyDescription;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * What a running Kafka Streams client did, from its own metadata and metrics: which processing tasks it owns ("each
 * instance owns part of the processing") and how many records its consumers fetched ("the reset re-read the input").
 */
public final class StreamsProbe {

    private StreamsProbe() {}

    /**
     * The partitions of the sub-topology holding {@code processor} that this instance runs as active tasks (empty
     * while it is not running).
     */
    public static Set<Integer> activePartitionsOf(StreamsBuilderFactoryBean streams, String processor) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        Set<Integer> partitions = new TreeSet<>();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) return partitions;
        int subtopology = subtopologyOf(streams, processor);
        kafkaStreams.metadataForLocalThreads().forEach(thread -> thread.activeTasks().stream()
                .filter(task -> task.taskId().subtopology() == subtopology)
                .forEach(task -> partitions.add(task.taskId().partition())));
        return partitions;
    }

    /**
     * Records fetched by the client's stream threads' consumers since it started (inputs and repartition topics; not
     * the restore or global consumers, which read changelogs).
     */
    public static double recordsFetched(StreamsBuilderFactoryBean streams) {
        return streams.getKafkaStreams().metrics().entrySet().stream()
                .filter(m -> m.getKey().name().equals("records-consumed-total")
                        && m.getKey().group().equals("consumer-fetch-manager-metrics")
                        && m.getKey().tags().size() == 1)
                .filter(m -> {
                    String client = m.getKey().tags().get("client-id");
                    return client.endsWith("-consumer")
                            && !client.endsWith("-restore-consumer")
                            && !client.endsWith("-global-consumer");
                })
                .mapToDouble(m -> ((Number) m.getValue().metricValue()).doubleValue())
                .sum();
    }

    private static int subtopologyOf(StreamsBuilderFactoryBean streams, String processor) {
        for (TopologyDescription.Subtopology sub :
                streams.getTopology().describe().subtopologies()) {
            if (sub.nodes().stream().anyMatch(node -> node.name().equals(processor))) return sub.id();
        }
        throw new IllegalArgumentException("no processor named " + processor);
    }
}
