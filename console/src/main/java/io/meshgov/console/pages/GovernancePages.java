package io.meshgov.console.pages;

import io.meshgov.console.mesh.ServiceApi;
import io.meshgov.console.mesh.Services;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Computational governance in pages: alerts for consumers of deprecated versions, violations, domains. */
@Controller
class GovernancePages {

    /** A page that lists what one catalog endpoint answers, with the filters its form passes on. */
    private record Listing(String api, List<String> filters, boolean paged) {}

    private static final int PAGE_SIZE = 50;
    private static final Map<String, Listing> LISTINGS = Map.of(
            "/alerts", new Listing("/api/alerts", List.of("state", "domain"), true),
            "/violations", new Listing("/api/violations", List.of("rule", "domain"), true),
            "/domains", new Listing("/api/domains", List.of(), false));

    private final ServiceApi catalog;

    GovernancePages(Services services) {
        this.catalog = services.catalog();
    }

    @GetMapping({"/alerts", "/violations", "/domains"})
    String list(
            HttpServletRequest request,
            @RequestParam Map<String, String> query,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        String view = request.getServletPath().substring(1);
        Listing listing = LISTINGS.get(request.getServletPath());
        var uri = Paths.api(listing.api());
        if (listing.paged()) uri.queryParam("page", Paths.page(query)).queryParam("size", PAGE_SIZE);
        for (String filter : listing.filters()) {
            Paths.with(uri, filter, query.get(filter));
            model.addAttribute(filter, query.get(filter));
        }
        return Rendering.show(catalog.get(Paths.encoded(uri), token), view, view, model, response);
    }
}
