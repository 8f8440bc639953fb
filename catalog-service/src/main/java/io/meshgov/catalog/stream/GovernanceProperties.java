package io.meshgov.catalog.stream;

import io.meshgov.catalog.governance.DomainRules;
import io.meshgov.catalog.governance.GovernanceSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code meshgov.governance}: global defaults, and per domain what it overrides (docs/catalog-service.md, "Governance"). */
@ConfigurationProperties("meshgov.governance")
public record GovernanceProperties(Rules defaults, Map<String, Rules> domains) {

    public record Rules(
            Duration noticePeriod, Duration escalationWindow, List<String> requiredTags, List<Duration> reminders) {}

    public GovernanceSettings toSettings() {
        DomainRules base = DomainRules.defaults();
        if (defaults != null) {
            base = new DomainRules(
                    defaults.noticePeriod() != null ? defaults.noticePeriod() : base.noticePeriod(),
                    defaults.escalationWindow() != null ? defaults.escalationWindow() : base.escalationWindow(),
                    defaults.requiredTags() != null ? defaults.requiredTags() : base.requiredTags(),
                    defaults.reminders() != null ? defaults.reminders() : base.reminders());
        }
        Map<String, GovernanceSettings.Override> overrides = new TreeMap<>();
        if (domains != null) {
            domains.forEach((domain, rules) -> overrides.put(
                    domain,
                    new GovernanceSettings.Override(
                            rules.noticePeriod(), rules.escalationWindow(), rules.requiredTags(), rules.reminders())));
        }
        return new GovernanceSettings(base, overrides);
    }
}
