package io.meshgov.kit.streams;

import io.meshgov.wire.EventCodec;
import io.meshgov.wire.SchemaRegistryClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.streams.KafkaStreamsInteractiveQueryService;

/**
 * What every service's Kafka Streams edge needs: a clock, readiness tracking, its health, interactive queries of its
 * read model.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class KafkaStreamsKit {

    /** Wall-clock time for sunsets, escalation and staleness; tests drive their own (primary) clock instead. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * How inputs are decoded and outputs encoded: single-object encoding only, or, with a schema registry, the
     * Confluent framing too (meshgov's released schemas are registered first, waiting for the registry).
     */
    @Bean
    EventCodec eventCodec(
            @Value("${meshgov.schema-registry.url:}") String registryUrl,
            @Value("${meshgov.output-framing:single-object}") String outputFraming) {
        EventCodec.Framing output = framing(outputFraming);
        if (registryUrl.isBlank()) {
            if (output == EventCodec.Framing.CONFLUENT) {
                throw new IllegalStateException(
                        "meshgov.output-framing=confluent needs a schema registry: set MESHGOV_SCHEMA_REGISTRY_URL");
            }
            return EventCodec.singleObject();
        }
        return EventCodec.withRegistry(new SchemaRegistryClient(registryUrl), output);
    }

    private static EventCodec.Framing framing(String value) {
        return switch (value) {
            case "single-object" -> EventCodec.Framing.SINGLE_OBJECT;
            case "confluent" -> EventCodec.Framing.CONFLUENT;
            default ->
                throw new IllegalArgumentException(
                        "meshgov.output-framing is '" + value + "': expected single-object or confluent");
        };
    }

    @Bean
    StreamsReadiness streamsReadiness() {
        return new StreamsReadiness();
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer readinessListener(StreamsReadiness readiness) {
        return factory -> factory.setStateListener(readiness);
    }

    @Bean
    HealthIndicator kafkaStreamsHealthIndicator(StreamsReadiness readiness) {
        return new KafkaStreamsHealth(readiness);
    }

    @Bean
    HealthIndicator kafkaBrokerHealthIndicator(KafkaAdmin admin) {
        return new BrokerHealth(admin.getConfigurationProperties());
    }

    @Bean
    ServiceStateMetrics serviceStateMetrics(
            StreamsReadiness readiness, @Qualifier("kafkaBrokerHealthIndicator") HealthIndicator broker) {
        return new ServiceStateMetrics(readiness, broker);
    }

    @Bean
    InputLagMetrics inputLagMetrics(
            KafkaAdmin admin,
            KafkaProperties kafka,
            MeterRegistry registry,
            @Value("${meshgov.input-lag-period:5s}") Duration period) {
        return new InputLagMetrics(
                admin.getConfigurationProperties(), kafka.getStreams().getApplicationId(), registry, period);
    }

    @Bean
    KafkaStreamsInteractiveQueryService interactiveQueryService(StreamsBuilderFactoryBean factory) {
        return new KafkaStreamsInteractiveQueryService(factory);
    }

    @Bean
    GlobalViews globalViews(
            KafkaStreamsInteractiveQueryService queries,
            StreamsBuilderFactoryBean factory,
            StreamsReadiness readiness) {
        return new GlobalViews(queries, factory, readiness);
    }
}
