package io.meshgov.catalog.run;

import io.meshgov.catalog.event.Source;
import io.meshgov.catalog.governance.OwnershipPolicy;
import io.meshgov.catalog.governance.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one dataset (plain Java): the first accepted version that declares it is bound to it, and a later
 * claim by another version is refused; a finished run of a bound dataset is accepted when the domain that sent it
 * owns the product, and refused as an ownership violation otherwise; a run of a dataset no version declares waits,
 * the latest {@code holdMax} of them, for a binding to pick up its history; a redelivered run event changes nothing.
 */
public final class DatasetBinding {

    /** The rule a second claim on a bound dataset breaks. */
    public static final String BINDING_RULE = "dataset-binding";

    private final int holdMax;

    public DatasetBinding(int holdMax) {
        this.holdMax = holdMax;
    }

    /** A decision: a dataset bound, an observation accepted as a run of the bound version, or refused. */
    public sealed interface Decision {}

    public record Accepted(Claim binding, Observation observation) implements Decision {}

    /** The dataset is now the version's: announced once, so that followers name the version behind it. */
    public record Bound(Claim binding) implements Decision {}

    public record Refused(Violation violation) implements Decision {}

    public record Step(DatasetState state, List<Decision> decisions) {}

    public Step claim(DatasetState state, Claim claim) {
        if (state.binding() != null) {
            if (state.binding().sameVersion(claim)) return new Step(state, List.of());
            Claim bound = state.binding();
            String reason = "dataset is already served by " + bound.productId() + " " + bound.version() + " (domain "
                    + bound.ownerDomain() + "); " + claim.productId() + " " + claim.version()
                    + " is not bound to it";
            Source source = new Source(
                    claim.ownerDomain(),
                    claim.topic(),
                    claim.partition(),
                    claim.offset(),
                    claim.eventId(),
                    "DataProductVersionPublished",
                    claim.occurredAt());
            return new Step(state, List.of(new Refused(Violation.of(BINDING_RULE, reason, source, claim.productId()))));
        }
        List<Decision> decisions = new ArrayList<>();
        decisions.add(new Bound(claim));
        for (Observation waiting : state.held()) decisions.add(decide(claim, waiting));
        return new Step(new DatasetState(claim, state.recent(), List.of()), decisions);
    }

    public Step observe(DatasetState state, Observation observation) {
        String key = observation.run().eventKey() + "\u0000" + observation.output();
        Optional<String> added = RecentKeys.added(state.recent(), key);
        if (added.isEmpty()) return new Step(state, List.of()); // redelivered
        String seen = added.get();
        if (state.binding() == null) {
            List<Observation> held = new ArrayList<>(state.held());
            held.add(observation);
            if (held.size() > holdMax) held.remove(0);
            return new Step(new DatasetState(null, seen, held), List.of());
        }
        return new Step(
                new DatasetState(state.binding(), seen, state.held()), List.of(decide(state.binding(), observation)));
    }

    private static Decision decide(Claim binding, Observation observation) {
        Optional<String> breach = OwnershipPolicy.checkRun(
                binding.productId(),
                binding.version(),
                binding.ownerDomain(),
                observation.domain(),
                observation.run().jobNamespace() + "/" + observation.run().jobName(),
                observation.output());
        if (breach.isEmpty()) return new Accepted(binding, observation);
        Source source = new Source(
                observation.domain(),
                observation.topic(),
                observation.partition(),
                observation.offset(),
                observation.eventId(),
                "OpenLineage RunEvent",
                observation.run().eventTime());
        return new Refused(Violation.of(OwnershipPolicy.ID, breach.get(), source, binding.productId()));
    }
}
