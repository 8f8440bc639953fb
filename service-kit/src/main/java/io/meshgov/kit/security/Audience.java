package io.meshgov.kit.security;

import java.util.Locale;
import java.util.Set;

/**
 * Who may see a version of a given classification, the one rule behind {@link Visibility}: {@code public} and
 * {@code internal} are for everyone the profile lets call the API at all, {@code confidential} for authenticated
 * callers, {@code restricted} (and anything missing or unknown: fail closed) for the owning domain and the
 * {@code mesh:restricted} scope. A local run enforces nothing.
 *
 * <p>{@link #domainsAdmitting} states the rule per caller as the set of owning domains whose versions of this audience
 * the caller may see, so that an index can filter by it (the catalog's search) without a second copy of the rule.
 */
public enum Audience {
    EVERYONE,
    AUTHENTICATED,
    OWNERS;

    /** Whatever a caller's domains are: every owning domain. */
    public static final Set<String> ALL_DOMAINS = Set.of("*");

    public static Audience of(String classification) {
        return switch (classification == null ? "" : classification.toUpperCase(Locale.ROOT)) {
            case "PUBLIC", "INTERNAL" -> EVERYONE;
            case "CONFIDENTIAL" -> AUTHENTICATED;
            default -> OWNERS;
        };
    }

    /**
     * The owning domains whose versions of this audience {@code caller} may see: {@link #ALL_DOMAINS}, none (an empty
     * set), or the caller's own domains.
     */
    public Set<String> domainsAdmitting(Caller caller) {
        if (caller.local()) return ALL_DOMAINS;
        return switch (this) {
            case EVERYONE -> ALL_DOMAINS;
            case AUTHENTICATED -> caller.authenticated() ? ALL_DOMAINS : Set.of();
            case OWNERS -> caller.scopes().contains(Caller.RESTRICTED_SCOPE) ? ALL_DOMAINS : caller.domains();
        };
    }

    public boolean admits(Caller caller, String owningDomain) {
        Set<String> domains = domainsAdmitting(caller);
        return domains == ALL_DOMAINS || domains.contains(owningDomain);
    }
}
