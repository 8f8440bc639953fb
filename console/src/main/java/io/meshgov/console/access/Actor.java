package io.meshgov.console.access;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who is acting on a page, as far as actions care: in a local run anyone, for any domain; under {@code prod} the
 * domains the caller's token names, and no other.
 */
public record Actor(boolean local, Set<String> domains) {

    public Actor {
        domains = Set.copyOf(domains);
    }

    public static Actor inLocalRun() {
        return new Actor(true, Set.of());
    }

    public static Actor withDomains(Set<String> domains) {
        return new Actor(false, domains);
    }

    public boolean mayActFor(String domain) {
        return local || domains.contains(domain);
    }

    /** Why this actor may not act for {@code domain}, in words for the form. */
    public String refusal(String domain) {
        return domains.isEmpty()
                ? "your token names no domain, so you may not act for " + domain
                : "your token names " + String.join(", ", new TreeSet<>(domains)) + ", not " + domain;
    }
}
