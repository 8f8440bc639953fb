package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.VersionSpec;
import io.meshgov.mesh.ProductId;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A published version carries what a consumer needs: a slug id, a name, a definition and an owner, the commit of
 * the code that produced it (6 to 40 hex characters, as the seed's 833c21), an http(s) endpoint, and the tags its
 * domain requires.
 */
public final class RequiredMetadataPolicy implements GovernancePolicy {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{6,40}");

    public String id() {
        return "required-metadata";
    }

    public String description() {
        return "published versions need a definition, an owner, a 6-40 hex code commit, an http(s) endpoint and the"
                + " domain's required tags";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        if (!(event instanceof CatalogEvent.Published published)) return Verdict.allowed();
        VersionSpec spec = published.spec();
        List<String> missing = new ArrayList<>();
        try {
            ProductId.of(spec.productId());
        } catch (IllegalArgumentException e) {
            missing.add(e.getMessage());
        }
        if (blank(spec.name())) missing.add("name is blank");
        if (blank(spec.definition())) missing.add("definition is blank");
        if (blank(spec.owner())) missing.add("owner is blank");
        if (spec.codeCommit() == null || !COMMIT.matcher(spec.codeCommit()).matches()) {
            missing.add("code commit '" + spec.codeCommit() + "' is not 6 to 40 hex characters");
        }
        if (!isHttpUrl(spec.endpoint())) missing.add("endpoint '" + spec.endpoint() + "' is not an http(s) URL");
        if (spec.datasets().stream().anyMatch(d -> blank(d.namespace()) || blank(d.name()))) {
            missing.add("a dataset has a blank namespace or name");
        }
        List<String> absentTags = rules.requiredTags().stream()
                .filter(tag -> !spec.tags().contains(tag))
                .toList();
        if (!absentTags.isEmpty()) missing.add("required tags missing: " + String.join(", ", absentTags));
        return missing.isEmpty() ? Verdict.allowed() : Verdict.violated(String.join("; ", missing));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static boolean isHttpUrl(String value) {
        if (blank(value)) return false;
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
