package io.meshgov.catalog.web;

import io.meshgov.catalog.product.VersionStatus;
import io.meshgov.catalog.search.ProductSearch;
import io.meshgov.catalog.search.SearchCriteria;
import io.meshgov.catalog.view.Campaigns;
import io.meshgov.catalog.view.CatalogQueries;
import io.meshgov.catalog.view.Responses;
import io.meshgov.events.Classification;
import io.meshgov.events.QualityStatus;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.web.Params;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Products, their versions, consumers and domains. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class CatalogController {

    private final CatalogQueries queries;
    private final ProductSearch search;

    CatalogController(CatalogQueries queries, ProductSearch search) {
        this.queries = queries;
        this.search = search;
    }

    @GetMapping("/products")
    Responses.ProductsPage products(
            Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String classification,
            @RequestParam(required = false) String quality,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        SearchCriteria criteria = new SearchCriteria(
                Params.text("q", q),
                Params.domain(domain),
                Params.oneOf("status", status, VersionStatus.class),
                Params.text("tag", tag),
                nameOf(Params.oneOf("classification", classification, Classification.class)),
                nameOf(Params.oneOf("quality", quality, QualityStatus.class)));
        return search.products(caller, criteria, Params.page(page), Params.size(size));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @GetMapping("/products/{productId}")
    Responses.ProductDetails product(Caller caller, @PathVariable String productId) {
        return queries.product(caller, Params.productId(productId));
    }

    @GetMapping("/products/{productId}/versions/{version}")
    Responses.VersionDetails version(Caller caller, @PathVariable String productId, @PathVariable String version) {
        return queries.version(caller, Params.productId(productId), Params.version(version));
    }

    @GetMapping("/products/{productId}/versions/{version}/campaign")
    Campaigns.Campaign campaign(Caller caller, @PathVariable String productId, @PathVariable String version) {
        return queries.campaign(caller, Params.productId(productId), Params.version(version));
    }

    @GetMapping("/domains/{domain}/campaigns")
    List<Campaigns.Campaign> campaigns(Caller caller, @PathVariable String domain) {
        return queries.campaigns(caller, Params.domain(domain));
    }

    @GetMapping("/consumers/{consumerId}")
    Responses.ConsumerDetails consumer(Caller caller, @PathVariable String consumerId) {
        return queries.consumer(caller, Params.consumerId(consumerId));
    }

    @GetMapping("/domains")
    List<Responses.DomainSummary> domains(Caller caller) {
        return queries.domains(caller);
    }
}
