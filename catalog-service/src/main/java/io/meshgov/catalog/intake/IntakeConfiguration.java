package io.meshgov.catalog.intake;

import java.time.Duration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    /** OpenLineage's HTTP intake writes to the domains' topics with the catalog's own Kafka credentials. */
    @Bean(destroyMethod = "close")
    RunEventSender runEventSender(KafkaProperties kafka) {
        return new RunEventSender(
                kafka.buildProducerProperties(), kafka.buildAdminProperties(), Duration.ofSeconds(10));
    }
}
