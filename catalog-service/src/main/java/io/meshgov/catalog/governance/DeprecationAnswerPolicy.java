package io.meshgov.catalog.governance;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.alert.Answer;
import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;
import java.util.Optional;

/**
 * A consumer answers a deprecation of a version it is on, from the domain it registered from: an acknowledgement
 * names the date it plans to have migrated, a request for an extension the sunset it asks (later than the one
 * first announced) and why, an objection why. An answer with no alert to attach to waited for one (the ledger holds it) before
 * it is judged here.
 */
public final class DeprecationAnswerPolicy implements GovernancePolicy {

    public String id() {
        return "deprecation-answer";
    }

    public String description() {
        return "only a consumer on a deprecated version answers its deprecation, from its own domain: an"
                + " acknowledgement with a planned date, an extension request with a sunset after the announced one and a reason, an"
                + " objection with a reason";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        if (!(event instanceof CatalogEvent.Answered a) || !SemanticVersion.isValid(a.version())) {
            return Verdict.allowed();
        }
        String version = SemanticVersion.parse(a.version()).toString();
        Optional<Alert> alert = state.alert(version, a.consumerId());
        if (alert.isEmpty()) {
            return Verdict.violated(a.consumerId() + " has nothing to answer: it is not a consumer of " + a.productId()
                    + " " + version + " while that version is deprecated");
        }
        if (!alert.get().consumerDomain().equals(a.source().domain())) {
            return Verdict.violated(a.consumerId() + " registered from domain "
                    + alert.get().consumerDomain() + "; domain " + a.source().domain() + " may not answer for it");
        }
        boolean dated = a.answer().equals(Answer.ACKNOWLEDGED) || a.answer().equals(Answer.EXTENSION_REQUESTED);
        if (dated && a.plannedAt() == null) {
            return Verdict.violated(a.answer() + " needs plannedAt: the planned migration or the requested sunset");
        }
        boolean explained = !a.answer().equals(Answer.ACKNOWLEDGED);
        if (explained && (a.reason() == null || a.reason().isBlank())) {
            return Verdict.violated(a.answer() + " needs a reason");
        }
        // judged against the sunset first announced, not the current one: an extension the owner granted before
        // the request was read leaves the request as valid as it was when it was made
        Optional<Instant> announced = state.product()
                .flatMap(p -> p.version(version))
                .map(v -> v.deprecation() == null ? null : v.deprecation().firstSunsetAt());
        if (a.answer().equals(Answer.EXTENSION_REQUESTED)
                && announced.isPresent()
                && !a.plannedAt().isAfter(announced.get())) {
            return Verdict.violated("an extension asks for a sunset after the one announced, " + announced.get() + "; "
                    + a.plannedAt() + " is not");
        }
        return Verdict.allowed();
    }
}
