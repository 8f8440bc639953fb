package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;
import io.meshgov.catalog.product.ProductVersion;
import io.meshgov.catalog.product.VersionStatus;
import io.meshgov.mesh.SemanticVersion;
import java.time.Duration;
import java.util.Optional;

/**
 * Versions move ACTIVE → DEPRECATED → RETIRED. Deprecate only an ACTIVE version, naming an existing ACTIVE
 * replacement if any, with at least the domain's notice period before the sunset; retire only a DEPRECATED version,
 * after its sunset or once no consumer remains; register consumers only to a published, non-retired version.
 * Times are the events' own, so a replay decides the same.
 */
public final class LifecyclePolicy implements GovernancePolicy {

    public String id() {
        return "lifecycle";
    }

    public String description() {
        return "deprecate only ACTIVE versions with an ACTIVE replacement and enough notice; retire only DEPRECATED"
                + " versions after sunset or without consumers; move a sunset only later and withdraw only a"
                + " deprecation in force; register only to published, non-retired versions";
    }

    public Verdict check(CatalogEvent event, ProductState state, DomainRules rules) {
        if (!SemanticVersion.isValid(event.version())) return Verdict.allowed(); // semantic-version reports it
        Optional<ProductVersion> version = state.product().flatMap(p -> p.version(event.version()));
        if (event instanceof CatalogEvent.Deprecated d) return deprecation(d, version, state, rules);
        if (event instanceof CatalogEvent.Retired r) return retirement(r, version, state);
        if (event instanceof CatalogEvent.SunsetExtended || event instanceof CatalogEvent.KeptInService) {
            return decision(event, version);
        }
        if (event instanceof CatalogEvent.Registered) {
            if (version.isEmpty()) {
                return Verdict.violated("cannot register to " + event.productId() + " " + event.version()
                        + ": no such version is published");
            }
            if (version.get().status() == VersionStatus.RETIRED) {
                return Verdict.violated("cannot register to " + event.productId() + " "
                        + version.get().version() + ": it is retired");
            }
        }
        return Verdict.allowed();
    }

    private static Verdict deprecation(
            CatalogEvent.Deprecated d, Optional<ProductVersion> version, ProductState state, DomainRules rules) {
        if (version.isEmpty())
            return Verdict.violated(
                    "cannot deprecate " + d.productId() + " " + d.version() + ": no such version is published");
        if (version.get().status() != VersionStatus.ACTIVE) {
            return Verdict.violated(
                    "cannot deprecate " + d.productId() + " " + version.get().version() + ": it is "
                            + version.get().status() + ", only ACTIVE versions can be deprecated");
        }
        if (d.replacementVersion() != null && SemanticVersion.isValid(d.replacementVersion())) {
            Optional<ProductVersion> replacement = state.product().flatMap(p -> p.version(d.replacementVersion()));
            if (replacement.isEmpty() || replacement.get().status() != VersionStatus.ACTIVE) {
                return Verdict.violated("replacement " + d.replacementVersion() + " of " + d.productId()
                        + " must be a published ACTIVE version");
            }
            if (replacement.get().version().equals(version.get().version())) {
                return Verdict.violated("a version cannot replace itself");
            }
        }
        Duration notice = Duration.between(d.source().occurredAt(), d.sunsetAt());
        if (notice.compareTo(rules.noticePeriod()) < 0) {
            return Verdict.violated("sunset " + d.sunsetAt() + " gives " + notice.toDays() + " days' notice; domain "
                    + d.source().domain() + " requires at least "
                    + rules.noticePeriod().toDays() + " days");
        }
        return Verdict.allowed();
    }

    /** A decision about a deprecation needs one: a DEPRECATED version, and a sunset that only moves later. */
    private static Verdict decision(CatalogEvent event, Optional<ProductVersion> version) {
        String what =
                event instanceof CatalogEvent.SunsetExtended ? "move the sunset of " : "withdraw the deprecation of ";
        if (version.isEmpty()) {
            return Verdict.violated(
                    "cannot " + what + event.productId() + " " + event.version() + ": no such version is published");
        }
        ProductVersion v = version.get();
        if (v.status() != VersionStatus.DEPRECATED) {
            return Verdict.violated("cannot " + what + event.productId() + " " + v.version() + ": it is " + v.status()
                    + ", only a DEPRECATED version's can change");
        }
        if (event instanceof CatalogEvent.SunsetExtended e
                && !e.sunsetAt().isAfter(v.deprecation().sunsetAt())) {
            return Verdict.violated("the sunset of " + e.productId() + " " + v.version() + " only moves later: "
                    + e.sunsetAt() + " is not after " + v.deprecation().sunsetAt());
        }
        return Verdict.allowed();
    }

    private static Verdict retirement(CatalogEvent.Retired r, Optional<ProductVersion> version, ProductState state) {
        if (version.isEmpty())
            return Verdict.violated(
                    "cannot retire " + r.productId() + " " + r.version() + ": no such version is published");
        ProductVersion v = version.get();
        if (v.status() != VersionStatus.DEPRECATED) {
            return Verdict.violated("cannot retire " + v.version() + ": it is " + v.status()
                    + ", only DEPRECATED versions can be retired");
        }
        int consumers = state.registrations(v.version()).size();
        if (r.source().occurredAt().isBefore(v.deprecation().sunsetAt()) && consumers > 0) {
            return Verdict.violated("cannot retire " + v.version() + " before its sunset "
                    + v.deprecation().sunsetAt() + " while " + consumers + " consumer(s) remain");
        }
        return Verdict.allowed();
    }
}
