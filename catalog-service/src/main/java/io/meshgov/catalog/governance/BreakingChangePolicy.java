package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.mesh.SemanticVersion;
import java.util.Comparator;
import java.util.Optional;

/**
 * A breaking change needs a major bump: a version's output schema must be backward compatible with that of the
 * newest earlier version of the same major (the one its consumers upgrade from).
 */
public final class BreakingChangePolicy implements GovernancePolicy {

    private final OutputSchemaCompatibility schemas;

    public BreakingChangePolicy(OutputSchemaCompatibility schemas) {
        this.schemas = schemas;
    }

    public String id() {
        return "breaking-change";
    }

    public String description() {
        return "an output schema must be backward compatible with the newest earlier version of the same major";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        if (!(event instanceof CatalogEvent.Published published)
                || published.spec().outputSchema() == null) {
            return Verdict.allowed();
        }
        String schema = published.spec().outputSchema();
        Optional<String> invalid = schemas.invalid(schema);
        if (invalid.isPresent()) return Verdict.violated("output schema is not a valid Avro schema: " + invalid.get());
        if (!SemanticVersion.isValid(published.version())) return Verdict.allowed();
        SemanticVersion version = SemanticVersion.parse(published.version());
        Optional<ProductVersion> previous = state.product().stream()
                .flatMap(p -> p.versions().values().stream())
                .filter(v -> v.semver().major() == version.major() && v.semver().compareTo(version) < 0)
                .filter(v -> v.spec().outputSchema() != null)
                .max(Comparator.comparing(ProductVersion::semver));
        if (previous.isEmpty()) return Verdict.allowed();
        return schemas.backwardIncompatibility(schema, previous.get().spec().outputSchema())
                .map(why -> Verdict.violated(version + " breaks the output schema of "
                        + previous.get().version() + " (" + why + "); a breaking change needs a new major version"))
                .orElse(Verdict.allowed());
    }
}
