package io.meshgov.catalog.governance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Federated governance: global defaults, and per domain the parameters it overrides (a domain that requires 90
 * days' notice, or extra tags). An override left null inherits the default; required tags add to the global ones.
 */
public record GovernanceSettings(DomainRules defaults, Map<String, Override> domains) {

    public record Override(
            Duration noticePeriod, Duration escalationWindow, List<String> requiredTags, List<Duration> reminders) {

        public Override(Duration noticePeriod, Duration escalationWindow, List<String> requiredTags) {
            this(noticePeriod, escalationWindow, requiredTags, null);
        }
    }

    public GovernanceSettings {
        domains = domains == null ? Map.of() : Map.copyOf(domains);
    }

    public static GovernanceSettings defaultsOnly() {
        return new GovernanceSettings(DomainRules.defaults(), Map.of());
    }

    public DomainRules rulesFor(String domain) {
        Override o = domain == null ? null : domains.get(domain);
        if (o == null) return defaults;
        List<String> tags = new java.util.ArrayList<>(defaults.requiredTags());
        if (o.requiredTags() != null)
            o.requiredTags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        return new DomainRules(
                o.noticePeriod() != null ? o.noticePeriod() : defaults.noticePeriod(),
                o.escalationWindow() != null ? o.escalationWindow() : defaults.escalationWindow(),
                tags,
                o.reminders() != null ? o.reminders() : defaults.reminders());
    }
}
