package io.meshgov.mesh;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a business domain, as it appears in its topics ({@code mesh.<domain>.products}). The topic a domain
 * writes to is its identity, so names that would put a domain's topic prefix over a service's topics are reserved.
 */
public record DomainName(String value) {

    static final String SYNTAX = "[a-z][a-z0-9-]{1,62}";
    private static final Pattern VALID = Pattern.compile(SYNTAX);
    /** Service-owned topic prefixes: a domain of that name would be granted write access to them by its prefix ACL. */
    public static final Set<String> RESERVED = Set.of("governance", "quality", "alerts", "dlq", "internal", "access");

    public DomainName {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a domain name: it must match " + SYNTAX + " (lower case, 2-63 chars)");
        }
        if (RESERVED.contains(value)) {
            throw new IllegalArgumentException("domain name '" + value + "' is reserved for the platform's own topics");
        }
    }

    public static DomainName of(String value) {
        return new DomainName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
