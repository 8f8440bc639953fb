package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import java.util.ArrayList;
import java.util.List;

/** Runs every policy over an event; an event that breaks any is not applied. */
public final class Governance {

    private final List<GovernancePolicy> policies;
    private final GovernanceSettings settings;

    public Governance(GovernanceSettings settings, OutputSchemaCompatibility schemas) {
        this.settings = settings;
        this.policies = List.of(
                new OwnershipPolicy(),
                new SizeLimitsPolicy(),
                new SemanticVersionPolicy(),
                new RequiredMetadataPolicy(),
                new ImmutableVersionPolicy(),
                new BreakingChangePolicy(schemas),
                new LifecyclePolicy(),
                new DeprecationAnswerPolicy(),
                new AccessPolicy());
    }

    public List<GovernancePolicy> policies() {
        return policies;
    }

    public GovernanceSettings settings() {
        return settings;
    }

    /** One violation per broken policy, in policy order; empty when the event may be applied. */
    public List<Violation> check(CatalogEvent event, ProductState state) {
        DomainRules rules = settings.rulesFor(event.source().domain());
        List<Violation> violations = new ArrayList<>();
        for (GovernancePolicy policy : policies) {
            Verdict verdict = policy.check(event, state, rules);
            if (!verdict.isAllowed()) {
                violations.add(Violation.of(policy, verdict.violation(), event.source(), event.productId()));
            }
        }
        return violations;
    }
}
