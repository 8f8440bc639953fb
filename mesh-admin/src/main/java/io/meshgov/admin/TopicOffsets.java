package io.meshgov.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** End offsets of the topics matching a pattern, and a consumer group's lag on them, through the Admin API. */
public final class TopicOffsets {

    /** Every domain's input topics. */
    public static final Pattern INPUTS = Pattern.compile("mesh\\.[^.]+\\.(products|consumers|quality)");

    private TopicOffsets() {}

    public static Map<TopicPartition, Long> ends(Admin admin, Pattern topics) throws Exception {
        List<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(t -> topics.matcher(t).matches())
                .toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(names)
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .values()
                .forEach(d -> d.partitions()
                        .forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((tp, o) -> ends.put(tp, o.offset()));
        return ends;
    }

    public static long total(Admin admin, Pattern topics) throws Exception {
        return ends(admin, topics).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records on the matching topics that {@code group} has not committed (all of a partition it never did). */
    public static long lag(Admin admin, String group, Pattern topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        long lag = 0;
        for (var end : ends(admin, topics).entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue() - (done == null ? 0 : done.offset());
        }
        return lag;
    }
}
