package io.meshgov.lineage.stream;

import io.meshgov.kit.streams.GlobalViewStore;
import io.meshgov.kit.streams.KafkaStreamsKit;
import io.meshgov.kit.streams.StreamsReadiness;
import io.meshgov.kit.streams.TopicsReady;
import io.meshgov.lineage.view.StoreGraphReader;
import io.meshgov.mesh.Topics;
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
@EnableConfigurationProperties(LineageSettings.class)
class StreamsConfiguration {

    @Bean
    KStream<String, byte[]> lineageTopology(StreamsBuilder builder, LineageSettings settings) {
        return LineageTopology.build(builder, settings);
    }

    @Bean
    StoreGraphReader graphReader(
            KafkaStreamsInteractiveQueryService queries,
            StreamsBuilderFactoryBean factory,
            StreamsReadiness readiness) {
        return new StoreGraphReader(new GlobalViewStore(LineageTopology.VIEW_STORE, queries, factory, readiness));
    }

    /** The topics this service writes, created at startup if missing. */
    /** The read-model topic is read whole when the client starts: it must be served by then. */
    @Bean
    TopicsReady viewTopicReady(KafkaAdmin admin, LineageSettings settings) {
        return new TopicsReady(admin, java.util.List.of(settings.viewTopic()));
    }

    @Bean
    KafkaAdmin.NewTopics lineageTopics(LineageSettings settings) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.LINEAGE_DEAD_LETTER)
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
