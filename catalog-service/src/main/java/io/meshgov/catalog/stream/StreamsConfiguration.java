package io.meshgov.catalog.stream;

import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.avro.AvroOutputSchemas;
import io.meshgov.catalog.ledger.CatalogLedger;
import io.meshgov.catalog.search.IndexFeed;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.kit.streams.Emission;
import io.meshgov.kit.streams.GlobalViews;
import io.meshgov.kit.streams.KafkaStreamsKit;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.kit.streams.TopicsReady;
import io.meshgov.mesh.Topics;
import io.meshgov.wire.EventCodec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
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
    ReadModel catalogReadModelStores(KafkaProperties kafka) {
        return CatalogTopology.readModel(kafka.getStreams().getApplicationId());
    }

    /** Tells the search index which products' documents the read model changed. */
    @Bean
    IndexFeed searchIndexFeed() {
        return new IndexFeed();
    }

    @Bean
    KStream<String, Emission> catalogTopology(
            StreamsBuilder builder,
            CatalogLedger ledger,
            Clock clock,
            CatalogSettings settings,
            ReadModel readModel,
            EventCodec codec,
            IndexFeed searchIndexFeed) {
        return CatalogTopology.build(builder, ledger, clock, settings, readModel, codec, searchIndexFeed);
    }

    @Bean
    CatalogReadModel catalogReadModel(GlobalViews views) {
        return new CatalogReadModel(views::store);
    }

    /** The read model's changelogs are read whole when the client starts: they must be served by then. */
    @Bean
    TopicsReady readModelTopicsReady(KafkaAdmin admin, ReadModel readModel) {
        return new TopicsReady(admin, readModel.changelogs());
    }

    /** The topics this service writes, created at startup if missing (inputs belong to the domains). */
    @Bean
    KafkaAdmin.NewTopics catalogTopics(CatalogSettings settings, ReadModel readModel) {
        List<NewTopic> topics = new ArrayList<>(List.of(
                topic(Topics.ALERTS, settings).build(),
                topic(Topics.QUALITY_ALERTS, settings).build(),
                topic(Topics.GOVERNANCE_VIOLATIONS, settings).build(),
                // the last record of a request is its grant's state: the reconciler reads it whole
                topic(Topics.ACCESS_GRANTS, settings)
                        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                        .build(),
                // lineage and quality replay it from offset 0: retained forever, like the domains' input topics
                topic(Topics.GOVERNANCE_ACCEPTED, settings)
                        .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                        .build(),
                topic(Topics.CATALOG_DEAD_LETTER, settings).build()));
        topics.addAll(readModel.topics(settings.partitions(), settings.replicationFactor()));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static TopicBuilder topic(String name, CatalogSettings settings) {
        return TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicationFactor());
    }
}
