package io.meshgov.lineage.stream;

import io.meshgov.kit.streams.GlobalViews;
import io.meshgov.kit.streams.KafkaStreamsKit;
import io.meshgov.kit.streams.PartitionsAgree;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.kit.streams.TopicsReady;
import io.meshgov.lineage.view.StoreGraphReader;
import io.meshgov.mesh.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
@Import(KafkaStreamsKit.class)
@EnableConfigurationProperties(LineageSettings.class)
class StreamsConfiguration {

    @Bean
    ReadModel lineageReadModel(KafkaProperties kafka) {
        return LineageTopology.readModel(kafka.getStreams().getApplicationId());
    }

    @Bean
    KStream<Void, Void> lineageTopology(StreamsBuilder builder, LineageSettings settings, ReadModel readModel) {
        return LineageTopology.build(builder, settings, readModel);
    }

    @Bean
    StoreGraphReader graphReader(GlobalViews views) {
        return new StoreGraphReader(views::store);
    }

    /** The read model's changelogs are read whole when the client starts: they must be served by then. */
    @Bean
    TopicsReady readModelTopicsReady(KafkaAdmin admin, ReadModel readModel) {
        return new TopicsReady(admin, readModel.changelogs());
    }

    /** The accepted topic's partitions are lineage's tasks: they must match its changelogs'. */
    @Bean
    PartitionsAgree acceptedPartitionsAgree(KafkaAdmin admin, LineageSettings settings) {
        return new PartitionsAgree(admin, Topics.GOVERNANCE_ACCEPTED, settings.partitions(), "MESHGOV_PARTITIONS");
    }

    /** The topics this service writes, created at startup if missing. */
    @Bean
    KafkaAdmin.NewTopics lineageTopics(LineageSettings settings, ReadModel readModel) {
        List<NewTopic> topics = new ArrayList<>(List.of(TopicBuilder.name(Topics.LINEAGE_DEAD_LETTER)
                .partitions(settings.partitions())
                .replicas(settings.replicationFactor())
                .build()));
        topics.addAll(readModel.topics(settings.partitions(), settings.replicationFactor()));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
