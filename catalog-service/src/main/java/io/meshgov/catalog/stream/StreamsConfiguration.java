package io.meshgov.catalog.stream;

import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.avro.AvroOutputSchemas;
import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.GlobalViewStore;
import io.meshgov.kit.streams.KafkaStreamsKit;
import io.meshgov.kit.streams.StreamsReadiness;
import io.meshgov.kit.streams.TopicsReady;
import io.meshgov.mesh.Topics;
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
@EnableConfigurationProperties({CatalogSettings.class, GovernanceProperties.class})
class StreamsConfiguration {

    @Bean
    Governance governance(GovernanceProperties properties) {
        return new Governance(properties.toSettings(), new AvroOutputSchemas());
    }

    @Bean
    CatalogLedger catalogLedger(Governance governance) {
        return new CatalogLedger(governance);
    }

    @Bean
    KStream<String, Emission> catalogTopology(
            StreamsBuilder builder, CatalogLedger ledger, Clock clock, CatalogSettings settings) {
        return CatalogTopology.build(builder, ledger, clock, settings);
    }

    @Bean
    CatalogReadModel catalogReadModel(
            KafkaStreamsInteractiveQueryService queries,
            StreamsBuilderFactoryBean factory,
            StreamsReadiness readiness) {
        return new CatalogReadModel(new GlobalViewStore(CatalogTopology.VIEW_STORE, queries, factory, readiness));
    }

    /** The topics this service writes, created at startup if missing (inputs belong to the domains). */
    /** The read-model topic is read whole when the client starts: it must be served by then. */
    @Bean
    TopicsReady viewTopicReady(KafkaAdmin admin, CatalogSettings settings) {
        return new TopicsReady(admin, java.util.List.of(settings.viewTopic()));
    }

    @Bean
    KafkaAdmin.NewTopics catalogTopics(CatalogSettings settings) {
        return new KafkaAdmin.NewTopics(
                topic(Topics.ALERTS, settings).build(),
                topic(Topics.GOVERNANCE_VIOLATIONS, settings).build(),
                topic(Topics.CATALOG_DEAD_LETTER, settings).build(),
                topic(settings.viewTopic(), settings)
                        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                        .build());
    }

    private static TopicBuilder topic(String name, CatalogSettings settings) {
        return TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicationFactor());
    }
}
