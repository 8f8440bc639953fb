package io.meshgov.catalog.metrics;

import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.view.CatalogReadModel;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MetricsConfiguration {

    @Bean
    GovernanceMetrics governanceMetrics(
            CatalogReadModel model,
            Governance governance,
            @Value("${meshgov.catalog.metrics-max-consumer-series:1000}") int maxConsumerSeries,
            MeterRegistry registry) {
        return new GovernanceMetrics(model, governance, maxConsumerSeries, registry);
    }
}
