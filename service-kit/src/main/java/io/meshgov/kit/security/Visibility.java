package io.meshgov.kit.security;

import java.util.Locale;

/**
 * What a caller may see of a product version, by its classification. {@code restricted}: only callers whose token
 * names the owning domain or carries {@code mesh:restricted} see more than its id and name. {@code confidential}:
 * any authenticated caller. {@code public} and {@code internal}: whoever the profile lets call the API at all
 * (everyone locally; authenticated callers in production). A local run enforces nothing. A missing or unknown
 * classification fails closed: it is treated as restricted, never as open.
 */
public final class Visibility {

    private Visibility() {}

    public static boolean maySee(Caller caller, String classification, String owningDomain) {
        return Audience.of(classification).admits(caller, owningDomain);
    }

    /** Throws {@link NotVisible} (403) unless the caller may see the version. */
    public static void require(Caller caller, String classification, String owningDomain, String what) {
        if (!maySee(caller, classification, owningDomain)) {
            String as = classification == null ? "unclassified" : classification.toLowerCase(Locale.ROOT);
            throw new NotVisible(what + " is " + as + ": visible to domain " + owningDomain
                    + " and to callers with scope " + Caller.RESTRICTED_SCOPE);
        }
    }
}
