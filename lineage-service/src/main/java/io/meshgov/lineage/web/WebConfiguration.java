package io.meshgov.lineage.web;

import io.meshgov.lineage.stream.LineageSettings;
import io.meshgov.lineage.view.LineageQueries;
import io.meshgov.lineage.view.StoreGraphReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    LineageQueries lineageQueries(StoreGraphReader reader, LineageSettings settings) {
        return new LineageQueries(reader, reader::allRuns, settings.maxNodes());
    }
}
