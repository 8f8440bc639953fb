package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.mesh.SemanticVersion;

/** Every version an event names (and a deprecation's replacement) is a semantic version. */
public final class SemanticVersionPolicy implements GovernancePolicy {

    public String id() {
        return "semantic-version";
    }

    public String description() {
        return "versions are semantic versions: MAJOR.MINOR or MAJOR.MINOR.PATCH (2.1 means 2.1.0)";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        if (event instanceof CatalogEvent.QualityChanged) return Verdict.allowed();
        if (!SemanticVersion.isValid(event.version())) {
            return Verdict.violated("version '" + event.version() + "' is not a semantic version (MAJOR.MINOR or"
                    + " MAJOR.MINOR.PATCH)");
        }
        if (event instanceof CatalogEvent.Deprecated d
                && d.replacementVersion() != null
                && !SemanticVersion.isValid(d.replacementVersion())) {
            return Verdict.violated("replacement version '" + d.replacementVersion() + "' is not a semantic version");
        }
        return Verdict.allowed();
    }
}
