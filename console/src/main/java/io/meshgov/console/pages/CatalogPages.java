package io.meshgov.console.pages;

import io.meshgov.console.mesh.KnownDomains;
import io.meshgov.console.mesh.Reply;
import io.meshgov.console.mesh.ServiceApi;
import io.meshgov.console.mesh.Services;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalog's pages: search, a product's versions side by side, a consumer's uses (a version's: VersionPages). */
@Controller
class CatalogPages {

    private static final int PAGE_SIZE = 20;
    private final ServiceApi catalog;
    private final KnownDomains domains;

    CatalogPages(Services services, KnownDomains domains) {
        this.catalog = services.catalog();
        this.domains = domains;
    }

    @GetMapping("/")
    String search(
            @RequestParam Map<String, String> query,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        var uri =
                Paths.api("/api/products").queryParam("page", Paths.page(query)).queryParam("size", PAGE_SIZE);
        for (String filter : SearchFacets.FILTERS) {
            Paths.with(uri, filter, query.get(filter));
            model.addAttribute(filter, query.get(filter));
        }
        model.addAttribute("domainNames", domains.names(token));
        Reply reply = catalog.get(Paths.encoded(uri), token);
        if (reply instanceof Reply.Ok ok && ok.body() instanceof Map<?, ?> page) {
            model.addAttribute("facets", SearchFacets.of(page.get("facets"), query));
        }
        return Rendering.show(reply, "products", "catalog", model, response);
    }

    @GetMapping("/products/{productId}")
    String product(
            @PathVariable String productId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        Reply reply = catalog.get("/api/products/" + Paths.segment(productId), token);
        String view = Rendering.show(reply, "product", "product", model, response);
        if (reply instanceof Reply.Ok ok && ok.body() instanceof Map<?, ?> product) {
            model.addAttribute("diff", DefinitionComparison.of(versions(product), from, to));
            model.addAttribute("qualityCompare", comparable(versions(product)));
        }
        return view;
    }

    @GetMapping("/consumers/{consumerId}")
    String consumer(
            @PathVariable String consumerId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        String path = "/api/consumers/" + Paths.segment(consumerId);
        return Rendering.show(catalog.get(path, token), "consumer", "consumer", model, response);
    }

    /** The newest versions the caller may see, as quality's compare page takes them; null when fewer than two. */
    private static String comparable(List<Map<String, Object>> versions) {
        List<String> visible = versions.stream()
                .filter(v -> !Boolean.TRUE.equals(v.get("restricted")) && v.get("version") instanceof String)
                .map(v -> (String) v.get("version"))
                .toList();
        if (visible.size() < 2) return null;
        int from = Math.max(0, visible.size() - QualityPages.MAX_COMPARED);
        return String.join(",", visible.subList(from, visible.size()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> versions(Map<?, ?> product) {
        return product.get("versions") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
