package io.meshgov.catalog.governance;

import java.time.Duration;
import java.util.List;

/**
 * The governance parameters in force for one domain: the global defaults with that domain's overrides applied.
 *
 * @param noticePeriod least time between a deprecation and its sunset
 * @param escalationWindow an alert escalates when the sunset is this close
 * @param requiredTags tags every published version of the domain must carry
 */
public record DomainRules(Duration noticePeriod, Duration escalationWindow, List<String> requiredTags) {

    public DomainRules {
        requiredTags = List.copyOf(requiredTags);
    }

    public static DomainRules defaults() {
        return new DomainRules(Duration.ofDays(30), Duration.ofDays(7), List.of());
    }
}
