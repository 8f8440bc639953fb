package io.meshgov.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalog page shows the search's facets as links that narrow it, and passes every filter to the catalog. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPageTests {

    static final RecordedServices SERVICES =
            RecordedServices.start().answer("/api/products", 200, """
                    {"items":[{"id":"top-10-customers","name":"Top 10 customers","domain":"sales","owner":"sales-data",
                    "tags":["customers"],"classification":"INTERNAL","latestVersion":"3.0.0",
                    "versionsByStatus":{"ACTIVE":1,"DEPRECATED":1}}],
                    "page":0,"size":20,"totalItems":1,"totalPages":1,
                    "facets":{"domain":{"sales":1},"status":{"ACTIVE":1,"DEPRECATED":1},"tag":{"customers":1},
                    "classification":{"INTERNAL":1},"quality":{}}}
                    """).recorded("/api/domains", "domains.json");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void recorded(DynamicPropertyRegistry registry) {
        registry.add("meshgov.console.catalog", SERVICES::url);
        registry.add("meshgov.console.lineage", SERVICES::url);
        registry.add("meshgov.console.quality", SERVICES::url);
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    @Test
    void eachFacetValueLinksToTheSearchNarrowedToItAndAChosenOneToTheSearchWithoutIt() throws Exception {
        HttpResponse<String> page = new BrowserLike(port).get("/?q=top%2010&tag=customers");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/?q=top%2010&amp;domain=sales&amp;tag=customers\"")
                .contains("href=\"/?q=top%2010&amp;status=DEPRECATED&amp;tag=customers\"")
                .contains("href=\"/?q=top%2010\"", "remove this filter")
                .doesNotContain(">quality<"); // a facet with no value is not shown
        assertThat(SERVICES.requests())
                .filteredOn(r -> r.path().equals("/api/products"))
                .last()
                .satisfies(r -> assertThat(r.query()).contains("q=top%2010", "tag=customers", "page=0"));
    }
}
