package io.meshgov.kit.streams;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Refuses to start the streams client when a topic the service reads without repartitioning it (its tasks are that
 * topic's partitions) has another partition count than the service's changelogs: Kafka Streams would otherwise stop
 * at the first rebalance with an error about internal topics. A topic not created yet is fine.
 */
public final class PartitionsAgree extends BeforeStreamsStart {

    private final KafkaAdmin admin;
    private final String topic;
    private final int expected;
    private final String setting;

    /** @param setting how an operator sets the expected count, named in the error */
    public PartitionsAgree(KafkaAdmin admin, String topic, int expected, String setting) {
        super(Integer.MAX_VALUE - 1002); // before the streams client
        this.admin = admin;
        this.topic = topic;
        this.expected = expected;
        this.setting = setting;
    }

    @Override
    void check() {
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            int actual = client.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get(topic)
                    .partitions()
                    .size();
            if (actual != expected) {
                throw new IllegalStateException(
                        topic + " has " + actual + " partitions but this service runs " + expected + " tasks ("
                                + setting + "): give its writer and its readers the same partition count");
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw new IllegalStateException("cannot describe " + topic + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no broker answered while describing " + topic, e);
        }
    }
}
