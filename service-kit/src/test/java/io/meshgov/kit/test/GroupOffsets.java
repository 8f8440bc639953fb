package io.meshgov.kit.test;

import static org.awaitility.Awaitility.await;

import io.meshgov.admin.TopicOffsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** A service's consumer group on its input topics, as an operator sees it from the broker. */
public record GroupOffsets(String bootstrap, String group, Pattern inputs) {

    /** Records on the inputs (the sum of their end offsets). */
    public long total() throws Exception {
        try (Admin admin = admin()) {
            return TopicOffsets.total(admin, inputs);
        }
    }

    /** Records on the inputs the group has not committed yet. */
    public long lag() throws Exception {
        try (Admin admin = admin()) {
            return TopicOffsets.lag(admin, group, inputs);
        }
    }

    /**
     * Moves the group's committed offsets back to 0 on every input partition, as {@code kafka-consumer-groups
     * --reset-offsets --to-earliest} does; the group must have no member, so this retries while it is still leaving.
     */
    public void resetToEarliest() {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            try (Admin admin = admin()) {
                Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
                for (TopicPartition partition : TopicOffsets.ends(admin, inputs).keySet()) {
                    earliest.put(partition, new OffsetAndMetadata(0));
                }
                admin.alterConsumerGroupOffsets(group, earliest).all().get();
            }
        });
    }

    private Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrap));
    }
}
