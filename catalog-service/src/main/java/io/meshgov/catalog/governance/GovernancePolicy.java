package io.meshgov.catalog.governance;

import io.meshgov.catalog.event.CatalogEvent;
import io.meshgov.catalog.event.ProductState;

/** A named rule every input event is checked against. */
public interface GovernancePolicy {

    /** Stable id, used in violations, metrics and the API filter (for example {@code ownership}). */
    String id();

    String description();

    Verdict check(CatalogEvent event, ProductState state, DomainRules rules);
}
