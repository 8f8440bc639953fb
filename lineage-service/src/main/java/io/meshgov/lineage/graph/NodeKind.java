package io.meshgov.lineage.graph;

public enum NodeKind {
    SOURCE,
    PRODUCT_VERSION,
    CONSUMER,
    /** A product named as an input without a version, not yet bound to one (none was active at the time). */
    PRODUCT
}
