package io.meshgov.kit.security;

import java.util.Locale;

/**
 * What a caller may see of a product version, by its classification. {@code restricted}: only callers whose token
 * names the owning domain or carries {@code mesh:restricted} see more than its id and name. {@code confidential}:
 * any authenticated caller. {@code public} and {@code internal}: whoever the profile lets call the API at all
 * (everyone locally; authenticated callers in production). A local run enforces nothing.
 */
public final class Visibility {

    private Visibility() {}

    public static boolean maySee(Caller caller, String classification, String owningDomain) {
        if (caller.local()) return true;
        return switch (classification == null ? "INTERNAL" : classification.toUpperCase(Locale.ROOT)) {
            case "RESTRICTED" ->
                caller.scopes().contains(Caller.RESTRICTED_SCOPE)
                        || caller.domains().contains(owningDomain);
            case "CONFIDENTIAL" -> caller.authenticated();
            default -> true;
        };
    }

    /** Throws {@link NotVisible} (403) unless the caller may see the version. */
    public static void require(Caller caller, String classification, String owningDomain, String what) {
        if (!maySee(caller, classification, owningDomain)) {
            throw new NotVisible(what + " is " + classification.toLowerCase(Locale.ROOT) + ": visible to domain "
                    + owningDomain + " and to callers with scope " + Caller.RESTRICTED_SCOPE);
        }
    }
}
