package io.meshgov.admin;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until topics are served. The controller acknowledges a new topic before its partitions are led and before
 * every broker's metadata lists them: an idempotent producer writing in that window can lose records (NOT_LEADER,
 * then OUT_OF_ORDER_SEQUENCE until its delivery timeout), and a global store initialised in it fails with "no
 * partitions available". A ListOffsets answer on every partition means the leader serves it.
 */
public final class TopicLeaders {

    private TopicLeaders() {}

    public static void await(Admin admin, Collection<String> topics, Duration timeout) throws InterruptedException {
        if (topics.isEmpty()) return;
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                admin.describeTopics(topics)
                        .allTopicNames()
                        .get(10, TimeUnit.SECONDS)
                        .values()
                        .forEach(d -> d.partitions()
                                .forEach(p -> partitions.put(
                                        new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException notYet) {
                last = notYet;
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        throw new IllegalStateException("topics " + topics + " not served after " + timeout.toSeconds() + " s", last);
    }
}
