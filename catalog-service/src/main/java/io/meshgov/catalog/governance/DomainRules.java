package io.meshgov.catalog.governance;

import java.time.Duration;
import java.util.List;

/**
 * The governance parameters in force for one domain: the global defaults with that domain's overrides applied.
 *
 * @param noticePeriod least time between a deprecation and its sunset
 * @param escalationWindow an alert escalates when the sunset is this close
 * @param requiredTags tags every published version of the domain must carry
 * @param reminders how long before a sunset a consumer that has not answered is reminded, longest first
 */
public record DomainRules(
        Duration noticePeriod, Duration escalationWindow, List<String> requiredTags, List<Duration> reminders) {

    public static final List<Duration> DEFAULT_REMINDERS = List.of(Duration.ofDays(14), Duration.ofDays(3));

    public DomainRules {
        requiredTags = List.copyOf(requiredTags);
        reminders = reminders == null
                ? DEFAULT_REMINDERS
                : reminders.stream()
                        .sorted(java.util.Comparator.reverseOrder())
                        .distinct()
                        .toList();
    }

    public DomainRules(Duration noticePeriod, Duration escalationWindow, List<String> requiredTags) {
        this(noticePeriod, escalationWindow, requiredTags, null);
    }

    public static DomainRules defaults() {
        return new DomainRules(Duration.ofDays(30), Duration.ofDays(7), List.of());
    }
}
