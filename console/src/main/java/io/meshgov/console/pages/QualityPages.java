package io.meshgov.console.pages;

import io.meshgov.console.mesh.Reply;
import io.meshgov.console.mesh.ServiceApi;
import io.meshgov.console.mesh.Services;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** A version's KPIs against its objectives with their history charted, and versions' KPIs side by side. */
@Controller
class QualityPages {

    /** Histories read for one page: each is one more call to quality-service while the page waits. */
    static final int MAX_CHARTS = 20;

    /** quality-service compares 2 to 10 versions. */
    static final int MAX_COMPARED = 10;

    private final ServiceApi quality;

    QualityPages(Services services) {
        this.quality = services.quality();
    }

    @GetMapping("/products/{productId}/versions/{version}/quality")
    String quality(
            @PathVariable String productId,
            @PathVariable String version,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("productId", productId);
        model.addAttribute("version", version);
        String path = "/api/quality/products/" + Paths.segment(productId) + "/versions/" + Paths.segment(version);
        Reply reply = quality.get(path, token);
        String view = Rendering.show(reply, "quality", "quality", model, response);
        if (!(reply instanceof Reply.Ok ok)) return view;
        List<KpiChart> charts = new ArrayList<>();
        for (Map<?, ?> kpi : Json.objects(ok.body(), "kpis")) {
            String name = Json.text(kpi, "kpi");
            if (name == null || charts.size() == MAX_CHARTS) continue;
            Reply history = quality.get(path + "/kpis/" + Paths.segment(name) + "/history", token);
            if (history instanceof Reply.Ok h) charts.add(KpiChart.of(name, h.body(), Json.object(kpi, "objective")));
            if (history instanceof Reply.Unavailable down) {
                // the table stands; the charts wait for the service rather than each waiting out its timeout
                model.addAttribute("unavailable", down);
                break;
            }
        }
        model.addAttribute("charts", charts);
        model.addAttribute("chartJson", EmbeddedJson.of(charts));
        return view;
    }

    @GetMapping("/products/{productId}/compare")
    String compare(
            @PathVariable String productId,
            @RequestParam(required = false) String versions,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        List<String> compared = versions(versions);
        model.addAttribute("productId", productId);
        String path = "/api/quality/products/" + Paths.segment(productId) + "/compare?versions="
                + Paths.query(String.join(",", compared));
        Reply reply = quality.get(path, token);
        String view = Rendering.show(reply, "comparisonAnswer", "compare", model, response);
        if (reply instanceof Reply.Ok ok) model.addAttribute("comparison", QualityComparison.of(ok.body()));
        return view;
    }

    /** {@code 2.1,3.0}: 2 to 10 distinct versions, or a 400 page. */
    private static List<String> versions(String versions) {
        List<String> named = versions == null
                ? List.of()
                : Arrays.stream(versions.split(","))
                        .map(String::trim)
                        .filter(v -> !v.isEmpty())
                        .distinct()
                        .toList();
        if (named.size() < 2 || named.size() > MAX_COMPARED) throw new BadRequests.InvalidParameter("versions");
        return named;
    }
}
