package io.meshgov.catalog.web;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.AlertState;
import io.meshgov.catalog.governance.DomainRules;
import io.meshgov.catalog.governance.Governance;
import io.meshgov.catalog.governance.GovernancePolicy;
import io.meshgov.catalog.governance.Violation;
import io.meshgov.catalog.view.CatalogQueries;
import io.meshgov.catalog.view.HeldInput;
import io.meshgov.kit.security.Caller;
import io.meshgov.kit.web.InvalidParameter;
import io.meshgov.kit.web.Page;
import io.meshgov.kit.web.Params;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deprecated-version alerts, governance violations, and the policies in force. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class GovernanceController {

    record Policy(String id, String description) {}

    private final CatalogQueries queries;
    private final Governance governance;

    GovernanceController(CatalogQueries queries, Governance governance) {
        this.queries = queries;
        this.governance = governance;
    }

    @GetMapping("/alerts")
    Page<Alert> alerts(
            Caller caller,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.alerts(
                caller,
                Params.oneOf("state", state, AlertState.class),
                Params.domain(domain),
                Params.page(page),
                Params.size(size));
    }

    @GetMapping("/violations")
    Page<Violation> violations(
            Caller caller,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String eventId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.violations(
                caller, Params.domain(domain), rule(rule), eventId(eventId), Params.page(page), Params.size(size));
    }

    /**
     * The rules a domain's events are judged by (its overrides over the defaults): what a form needs to refuse a
     * deprecation with too little notice before anything is sent, and when its silent consumers are reminded.
     */
    @GetMapping("/domains/{domain}/rules")
    DomainRulesView rules(@PathVariable String domain) {
        String name = Params.domain(domain);
        DomainRules rules = governance.settings().rulesFor(name);
        return new DomainRulesView(
                name,
                rules.noticePeriod().toDays(),
                rules.escalationWindow().toDays(),
                rules.requiredTags(),
                rules.reminders().stream().map(java.time.Duration::toDays).toList());
    }

    /** {@code reminderDaysBeforeSunset}: when a consumer that has not answered a deprecation is reminded. */
    record DomainRulesView(
            String domain,
            long noticePeriodDays,
            long escalationWindowDays,
            List<String> requiredTags,
            List<Long> reminderDaysBeforeSunset) {}

    /** Inputs the catalog holds until the version they name is published (or their wait runs out). */
    @GetMapping("/held")
    Page<HeldInput> held(
            Caller caller,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.held(caller, Params.domain(domain), Params.page(page), Params.size(size));
    }

    @GetMapping("/policies")
    List<Policy> policies() {
        return governance.policies().stream()
                .map(p -> new Policy(p.id(), p.description()))
                .toList();
    }

    /** The violations one event caused: how a person who sent it learns the catalog's decision. */
    private static String eventId(String eventId) {
        if (eventId == null || eventId.isBlank()) return null;
        try {
            return java.util.UUID.fromString(eventId.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("eventId '" + eventId + "' is not a UUID");
        }
    }

    private String rule(String rule) {
        if (rule == null || rule.isBlank()) return null;
        List<String> ids =
                governance.policies().stream().map(GovernancePolicy::id).toList();
        if (!ids.contains(rule)) throw new InvalidParameter("rule '" + rule + "' is not one of " + ids);
        return rule;
    }
}
