package io.meshgov.quality.stream;

import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.GlobalViewStore;
import io.meshgov.kit.streams.KafkaStreamsKit;
import io.meshgov.kit.streams.StreamsReadiness;
import io.meshgov.kit.streams.TopicsReady;
import io.meshgov.mesh.Topics;
import io.meshgov.quality.view.QualityReadModel;
import java.time.Clock;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.streams.KafkaStreamsInteractiveQueryService;

@Configuration(proxyBeanMethods = false)
@Import(KafkaStreamsKit.class)
@EnableConfigurationProperties(QualitySettings.class)
class StreamsConfiguration {

    @Bean
    KStream<String, Emission> qualityTopology(StreamsBuilder builder, QualitySettings settings, Clock clock) {
        return QualityTopology.build(builder, settings, clock);
    }

    @Bean
    QualityReadModel qualityReadModel(
            KafkaStreamsInteractiveQueryService queries,
            StreamsBuilderFactoryBean factory,
            StreamsReadiness readiness) {
        return new QualityReadModel(new GlobalViewStore(QualityTopology.VIEW_STORE, queries, factory, readiness));
    }

    /** The topics this service writes, created at startup if missing. */
    /** The read-model topic is read whole when the client starts: it must be served by then. */
    @Bean
    TopicsReady viewTopicReady(KafkaAdmin admin, QualitySettings settings) {
        return new TopicsReady(admin, java.util.List.of(settings.viewTopic()));
    }

    @Bean
    KafkaAdmin.NewTopics qualityTopics(QualitySettings settings) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.QUALITY_STATUS)
                        .partitions(settings.partitions())
                        .replicas(settings.replicationFactor())
                        .build(),
                TopicBuilder.name(Topics.QUALITY_DEAD_LETTER)
                        .partitions(settings.partitions())
                        .replicas(settings.replicationFactor())
                        .build(),
                TopicBuilder.name(settings.viewTopic())
                        .partitions(settings.partitions())
                        .replicas(settings.replicationFactor())
                        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                        .build());
    }
}
