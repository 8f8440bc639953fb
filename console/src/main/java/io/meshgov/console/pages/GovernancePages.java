package io.meshgov.console.pages;

import io.meshgov.console.mesh.ServiceApi;
import io.meshgov.console.mesh.Services;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Computational governance in pages: alerts for consumers of deprecated versions, violations, domains. */
@Controller
class GovernancePages {

    private static final int PAGE_SIZE = 50;
    private final ServiceApi catalog;

    GovernancePages(Services services) {
        this.catalog = services.catalog();
    }

    @GetMapping("/alerts")
    String alerts(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        var uri = Paths.api("/api/alerts").queryParam("page", page).queryParam("size", PAGE_SIZE);
        Paths.with(uri, "state", state);
        Paths.with(uri, "domain", domain);
        model.addAttribute("state", state).addAttribute("domain", domain);
        return Rendering.show(catalog.get(Paths.encoded(uri), token), "alerts", "alerts", model, response);
    }

    @GetMapping("/violations")
    String violations(
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        var uri = Paths.api("/api/violations").queryParam("page", page).queryParam("size", PAGE_SIZE);
        Paths.with(uri, "rule", rule);
        Paths.with(uri, "domain", domain);
        model.addAttribute("rule", rule).addAttribute("domain", domain);
        return Rendering.show(catalog.get(Paths.encoded(uri), token), "violations", "violations", model, response);
    }

    @GetMapping("/domains")
    String domains(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        return Rendering.show(catalog.get("/api/domains", token), "domains", "domains", model, response);
    }
}
