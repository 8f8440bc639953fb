package io.meshgov.kit.streams;

import io.meshgov.admin.TopicLeaders;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Holds the streams client's start until the topics it reads whole at start (the read-model topic behind a global
 * store) are served: the service creates them moments earlier, and a global store initialised before the broker
 * lists the new topic's partitions stops the client ("no partitions available"). Seen once in a loaded CI run.
 */
public final class TopicsReady implements SmartLifecycle {

    private final KafkaAdmin admin;
    private final List<String> topics;
    private volatile boolean running;

    public TopicsReady(KafkaAdmin admin, List<String> topics) {
        this.admin = admin;
        this.topics = List.copyOf(topics);
    }

    @Override
    public void start() {
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            TopicLeaders.await(client, topics, Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Just before the streams client (whose default phase is {@code Integer.MAX_VALUE - 1000}). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1001;
    }
}
