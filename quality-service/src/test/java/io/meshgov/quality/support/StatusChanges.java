package io.meshgov.quality.support;

import io.meshgov.events.QualityStatusChanged;
import io.meshgov.kit.test.TopicReader;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventSerdes;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The status changes quality announced, read from its output topic as alerting reads them. */
public final class StatusChanges {

    private StatusChanges() {}

    /** Every committed announcement, once the topic has been quiet for two seconds. */
    public static List<QualityStatusChanged> announced(String bootstrap) {
        return TopicReader.readAll(
                        bootstrap,
                        Topics.QUALITY_STATUS,
                        EventSerdes.qualityStatus().deserializer(),
                        Duration.ofSeconds(2))
                .stream()
                .map(ConsumerRecord::value)
                .toList();
    }
}
