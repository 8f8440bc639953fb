package io.meshgov.console.act;

import io.meshgov.console.access.Actor;
import io.meshgov.console.mesh.KnownDomains;
import io.meshgov.console.mesh.Reply;
import io.meshgov.console.mesh.ServiceApi;
import io.meshgov.console.mesh.Services;
import io.meshgov.console.pages.Rendering;
import io.meshgov.mesh.DomainName;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A version's page and what people do on it. Each form is checked before anything is sent (field-level messages,
 * status 400), sent as its event on the acting domain's topic, and the page then follows the catalog's decision as
 * it lands (its panel polls {@code /decisions/{eventId}}), never an optimistic guess.
 */
@Controller
class VersionPages {

    private final ServiceApi catalog;
    private final KnownDomains domains;
    private final ActionSettings settings;
    private final CommandSender sender;
    private final Clock clock;

    VersionPages(Services services, KnownDomains domains, ActionSettings settings, CommandSender sender, Clock clock) {
        this.catalog = services.catalog();
        this.domains = domains;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    @GetMapping("/products/{productId}/versions/{version}")
    String version(
            @PathVariable String productId,
            @PathVariable String version,
            @RequestParam(required = false) UUID sent,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String consumer,
            @RequestParam(required = false) Long at,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        if (sent != null && at != null && Action.fromPath(action).isPresent()) {
            model.addAttribute("sent", new Sent(sent.toString(), productId, version, action, consumer, at));
        }
        return page(
                productId,
                catalog.get(versionPath(productId, version), token),
                ActionForm.empty(),
                token,
                model,
                response);
    }

    @PostMapping(
            "/products/{productId}/versions/{version}/{action:register|deregister|deprecate|retire|extend-sunset|keep-serving|answer|request-access|decide-access}")
    String act(
            @PathVariable String productId,
            @PathVariable String version,
            @PathVariable String action,
            @ModelAttribute ActionForm form,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Actor actor,
            Model model,
            HttpServletResponse response) {
        Action what = Action.fromPath(action).orElseThrow();
        model.addAttribute("formAction", what.path());
        if (!settings.enabled()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("problem", new Reply.Problem(403, "actions are turned off in this console"));
            return "problem";
        }
        Reply product = catalog.get("/api/products/" + segment(productId), token);
        Reply details = catalog.get(versionPath(productId, version), token);
        Reply rules = what == Action.DEPRECATE && validDomain(form.domain())
                ? catalog.get("/api/domains/" + segment(form.domain().trim()) + "/rules", token)
                : new Reply.Ok(Map.of("noticePeriodDays", 0));
        for (Reply reply : List.of(product, details, rules)) {
            if (!(reply instanceof Reply.Ok)) {
                model.addAttribute("notSent", "nothing was sent");
                return page(productId, reply, form, token, model, response);
            }
        }
        Duration notice = Duration.ofDays(((Number) map(rules).get("noticePeriodDays")).longValue());
        Command command =
                Command.of(what, form, target(what, product, details, productId, token), notice, clock.instant());
        if (!command.valid()) {
            model.addAttribute("errors", command.errors());
            String view = page(productId, details, form, token, model, response);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view;
        }
        if (!actor.mayActFor(command.domain())) {
            model.addAttribute("errors", Map.of("domain", actor.refusal(command.domain())));
            String view = page(productId, details, form, token, model, response);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return view;
        }
        try {
            sender.send(command.domain(), command.event());
        } catch (CommandSender.NotSent e) {
            model.addAttribute("notSent", e.getMessage());
            String view = page(productId, details, form, token, model, response);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            return view;
        }
        return "redirect:"
                + Sent.of(productId, version, what, form, command.event()).pagePath();
    }

    /** The version page's decision panel: it replaces itself every second until the catalog has decided. */
    @GetMapping("/decisions/{eventId}")
    String decision(
            @PathVariable UUID eventId,
            @RequestParam String product,
            @RequestParam String version,
            @RequestParam String action,
            @RequestParam(required = false) String consumer,
            @RequestParam long at,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
            Model model,
            HttpServletResponse response) {
        var what = Action.fromPath(action);
        if (what.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "problem",
                    new Reply.Problem(
                            400,
                            "action: not one of register, deregister, deprecate, retire, extend-sunset, keep-serving, answer,"
                                    + " request-access, decide-access"));
            return "problem";
        }
        model.addAttribute("sent", new Sent(eventId.toString(), product, version, action, consumer, at));
        Reply violations = catalog.get("/api/violations?eventId=" + eventId, token);
        Reply productReply = catalog.get("/api/products/" + segment(product), token);
        Reply details = catalog.get(versionPath(product, version), token);
        Decision decision = new Decision("WAITING", List.of());
        if (violations instanceof Reply.Ok && productReply instanceof Reply.Ok && details instanceof Reply.Ok) {
            List<?> items = map(violations).get("items") instanceof List<?> l ? l : List.of();
            Target target = target(what.get(), productReply, details, product, token);
            decision = Decision.of(what.get(), items, target, consumer, Instant.ofEpochMilli(at));
        }
        model.addAttribute("decision", decision);
        return "decision :: panel";
    }

    /**
     * The version as the catalog answers it; for an access request or decision, with its access requests (none known
     * when they cannot be read). Other actions do not ask for them: the decision panel asks again every second.
     */
    private Target target(Action action, Reply product, Reply details, String productId, String token) {
        if (!action.concernsAccess()) return Target.of(map(product), map(details));
        Reply requests = catalog.get(accessPath(productId), token);
        List<?> items = requests instanceof Reply.Ok && map(requests).get("items") instanceof List<?> l ? l : List.of();
        return Target.of(map(product), map(details), items);
    }

    private String page(
            String productId, Reply details, ActionForm form, String token, Model model, HttpServletResponse response) {
        model.addAttribute("productId", productId);
        model.addAttribute("accessRequests", accessRequests(productId, details, token));
        model.addAttribute("form", form);
        model.addAttribute("actionsEnabled", settings.enabled());
        model.addAttribute("domainNames", domains.names(token));
        return Rendering.show(details, "details", "version", model, response);
    }

    /** The version's access requests, newest first; null when the catalog did not list them. */
    private List<?> accessRequests(String productId, Reply details, String token) {
        if (!(details instanceof Reply.Ok)) return List.of();
        Object version = map(details).get("version") instanceof Map<?, ?> v ? v.get("version") : null;
        Reply requests = catalog.get(accessPath(productId), token);
        if (!(requests instanceof Reply.Ok) || !(map(requests).get("items") instanceof List<?> items)) return null;
        return items.stream()
                .filter(r -> r instanceof Map<?, ?> m
                        && m.get("version") != null
                        && m.get("version").equals(version))
                .toList();
    }

    private static boolean validDomain(String value) {
        try {
            return value != null && DomainName.of(value.trim()) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A product's access requests, newest first (at most 100: a version page shows the recent ones). */
    private static String accessPath(String productId) {
        return "/api/access-requests?size=100&productId="
                + UriUtils.encodeQueryParam(productId, StandardCharsets.UTF_8);
    }

    private static String versionPath(String productId, String version) {
        return "/api/products/" + segment(productId) + "/versions/" + segment(version);
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    private static Map<?, ?> map(Reply reply) {
        return ((Reply.Ok) reply).body() instanceof Map<?, ?> m ? m : Map.of();
    }
}
