package io.meshgov.kit.security;

import java.util.Set;

/**
 * Who is asking, as far as visibility rules care: whether the call was authenticated, the domains the caller's
 * token names and its scopes. In the open (local) mode nobody authenticates and every caller is {@link #inLocalRun()}.
 */
public record Caller(boolean authenticated, boolean local, Set<String> domains, Set<String> scopes) {

    /** The scope that lets a platform role read every restricted version. */
    public static final String RESTRICTED_SCOPE = "mesh:restricted";

    public Caller {
        domains = Set.copyOf(domains);
        scopes = Set.copyOf(scopes);
    }

    /** A caller of a service running without authentication (a local run): sees what is there. */
    public static Caller inLocalRun() {
        return new Caller(false, true, Set.of(), Set.of());
    }

    public static Caller anonymous() {
        return new Caller(false, false, Set.of(), Set.of());
    }

    public static Caller authenticated(Set<String> domains, Set<String> scopes) {
        return new Caller(true, false, domains, scopes);
    }
}
