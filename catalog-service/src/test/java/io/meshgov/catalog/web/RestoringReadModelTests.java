package io.meshgov.catalog.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.GovernanceSettings;
import io.meshgov.catalog.governance.avro.AvroOutputSchemas;
import io.meshgov.catalog.search.IndexFeed;
import io.meshgov.catalog.search.ProductSearch;
import io.meshgov.catalog.view.CatalogQueries;
import io.meshgov.catalog.view.CatalogReadModel;
import io.meshgov.kit.streams.StoreNotReady;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/** While the read model restores, every endpoint says so (503, Retry-After) instead of answering an empty list. */
@WebMvcTest(controllers = {CatalogController.class, GovernanceController.class})
class RestoringReadModelTests {

    @TestConfiguration
    static class Restoring {

        static final CatalogReadModel RESTORING = new CatalogReadModel(view -> {
            throw new StoreNotReady("the catalog is REBALANCING and still restoring its read model");
        });

        @Bean
        CatalogQueries queries() {
            return new CatalogQueries(RESTORING, Clock.systemUTC());
        }

        @Bean
        ProductSearch search() {
            return new ProductSearch(RESTORING, new IndexFeed());
        }

        @Bean
        Governance governance() {
            return new Governance(GovernanceSettings.defaultsOnly(), new AvroOutputSchemas());
        }
    }

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/products",
                "/api/products/top-10-customers",
                "/api/products/top-10-customers/versions/2.1",
                "/api/consumers/jane",
                "/api/domains",
                "/api/alerts",
                "/api/violations"
            })
    void answers503WithRetryAfter(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("the catalog is REBALANCING and still restoring its read model"));
    }
}
