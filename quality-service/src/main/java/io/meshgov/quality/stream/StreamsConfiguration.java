package io.meshgov.quality.stream;

import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.GlobalViews;
import io.meshgov.kit.streams.KafkaStreamsKit;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.kit.streams.TopicsReady;
import io.meshgov.mesh.Topics;
import io.meshgov.quality.view.QualityReadModel;
import io.meshgov.wire.EventCodec;
import java.time.Clock;
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
@EnableConfigurationProperties(QualitySettings.class)
class StreamsConfiguration {

    @Bean
    ReadModel qualityReadModelStores(KafkaProperties kafka) {
        return QualityTopology.readModel(kafka.getStreams().getApplicationId());
    }

    @Bean
    KStream<String, Emission> qualityTopology(
            StreamsBuilder builder, QualitySettings settings, Clock clock, ReadModel readModel, EventCodec codec) {
        return QualityTopology.build(builder, settings, clock, readModel, codec);
    }

    @Bean
    QualityReadModel qualityReadModel(GlobalViews views) {
        return new QualityReadModel(views::store);
    }

    /** The read model's changelogs are read whole when the client starts: they must be served by then. */
    @Bean
    TopicsReady readModelTopicsReady(KafkaAdmin admin, ReadModel readModel) {
        return new TopicsReady(admin, readModel.changelogs());
    }

    /** The topics this service writes, created at startup if missing. */
    @Bean
    KafkaAdmin.NewTopics qualityTopics(QualitySettings settings, ReadModel readModel) {
        List<NewTopic> topics = new ArrayList<>(List.of(
                TopicBuilder.name(Topics.QUALITY_STATUS)
                        .partitions(settings.partitions())
                        .replicas(settings.replicationFactor())
                        .build(),
                TopicBuilder.name(Topics.QUALITY_DEAD_LETTER)
                        .partitions(settings.partitions())
                        .replicas(settings.replicationFactor())
                        .build()));
        topics.addAll(readModel.topics(settings.partitions(), settings.replicationFactor()));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
