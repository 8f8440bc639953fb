package io.meshgov.catalog.web;

import io.meshgov.catalog.access.AccessRequest;
import io.meshgov.catalog.access.AccessState;
import io.meshgov.catalog.view.CatalogQueries;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.web.Page;
import io.meshgov.kit.web.Params;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Access requests to product versions, their decisions and grants. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class AccessController {

    private final CatalogQueries queries;

    AccessController(CatalogQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/access-requests")
    Page<AccessRequest> accessRequests(
            Caller caller,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String productId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.accessRequests(
                caller,
                Params.domain(domain),
                Params.oneOf("state", state, AccessState.class),
                productId == null ? null : Params.productId(productId),
                Params.page(page),
                Params.size(size));
    }
}
