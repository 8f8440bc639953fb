package io.meshgov.kit.streams;

import io.meshgov.admin.TopicLeaders;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Holds the streams client's start until the topics it reads whole at start (the read-model topic behind a global
 * store) are served: the service creates them moments earlier, and a global store initialised before the broker
 * lists the new topic's partitions stops the client ("no partitions available"). Seen once in a loaded CI run.
 */
public final class TopicsReady extends BeforeStreamsStart {

    private final KafkaAdmin admin;
    private final List<String> topics;

    public TopicsReady(KafkaAdmin admin, List<String> topics) {
        super(Integer.MAX_VALUE - 1001); // just before the streams client
        this.admin = admin;
        this.topics = List.copyOf(topics);
    }

    @Override
    void check() {
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            TopicLeaders.await(client, topics, Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
