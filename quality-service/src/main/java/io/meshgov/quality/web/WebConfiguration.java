package io.meshgov.quality.web;

import io.meshgov.quality.view.QualityQueries;
import io.meshgov.quality.view.QualityReadModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    QualityQueries qualityQueries(QualityReadModel model) {
        return new QualityQueries(model);
    }
}
