package io.meshgov.console.pages;

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

/**
 * A version's lineage: who breaks if it stops (lineage-service's impact, grouped by domain) and the graph around it,
 * which the browser draws from the same answer embedded as JSON.
 */
@Controller
class LineagePages {

    /** lineage-service's {@code meshgov.lineage.max-depth}: a graph deeper than this is a 400 there. */
    static final int MAX_DEPTH = 10;

    static final List<String> DIRECTIONS = List.of("both", "downstream", "upstream");

    private final ServiceApi lineage;

    LineagePages(Services services) {
        this.lineage = services.lineage();
    }

    @GetMapping("/products/{productId}/versions/{version}/lineage")
    String lineage(
            @PathVariable String productId,
            @PathVariable String version,
            @RequestParam(required = false) String depth,
            @RequestParam(required = false) String direction,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        Integer hops = Paths.bounded("depth", depth, 1, MAX_DEPTH);
        String towards = direction(direction);
        model.addAttribute("productId", productId);
        model.addAttribute("version", version);
        model.addAttribute("depth", hops);
        model.addAttribute("direction", towards);
        model.addAttribute("directions", DIRECTIONS);
        model.addAttribute("maxDepth", MAX_DEPTH);

        String product = "/api/lineage/products/" + Paths.segment(productId);
        String within = hops == null ? "" : "?depth=" + hops;
        Reply impact = lineage.get(product + "/versions/" + Paths.segment(version) + "/impact" + within, token);
        String view = Rendering.show(impact, "impactAnswer", "lineage", model, response);
        if (!(impact instanceof Reply.Ok ok)) return view;
        ImpactByDomain table = ImpactByDomain.of(ok.body());
        model.addAttribute("impact", table);

        String graphQuery =
                "?version=" + Paths.query(version) + "&direction=" + towards + (hops == null ? "" : "&depth=" + hops);
        Reply subgraph = lineage.get(product + graphQuery, token);
        Rendering.alongside(subgraph, "subgraph", model);
        if (subgraph instanceof Reply.Ok graph) {
            LineageGraph drawn = LineageGraph.of(graph.body(), table.start());
            model.addAttribute("graph", drawn);
            model.addAttribute("graphJson", EmbeddedJson.of(drawn.elements()));
            model.addAttribute("collapseAbove", LineageGraph.COLLAPSE_ABOVE);
        }
        return view;
    }

    /** Versions whose OpenLineage runs read what they do not declare, or never read what they do. */
    @GetMapping("/drift")
    String drift(
            @RequestParam Map<String, String> query,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        var uri = Paths.api("/api/lineage/drift")
                .queryParam("page", Paths.page(query))
                .queryParam("size", 50);
        Paths.with(uri, "domain", query.get("domain"));
        model.addAttribute("domain", query.get("domain"));
        return Rendering.show(lineage.get(Paths.encoded(uri), token), "drift", "drift", model, response);
    }

    private static String direction(String direction) {
        if (direction == null || direction.isBlank()) return "both";
        String named = direction.trim().toLowerCase();
        if (!DIRECTIONS.contains(named)) throw new BadRequests.InvalidParameter("direction");
        return named;
    }
}
