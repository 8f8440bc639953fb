package io.meshgov.catalog.web;

import io.meshgov.catalog.search.IndexFeed;
import io.meshgov.catalog.search.ProductSearch;
import io.meshgov.catalog.view.CatalogQueries;
import io.meshgov.catalog.view.CatalogReadModel;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    CatalogQueries catalogQueries(CatalogReadModel model, Clock clock) {
        return new CatalogQueries(model, clock);
    }

    @Bean(destroyMethod = "close")
    ProductSearch productSearch(CatalogReadModel model, IndexFeed feed) {
        return new ProductSearch(model, feed).start();
    }
}
