package io.meshgov.lineage.graph;

/** A version's lifecycle status, as the catalog decided it. */
public enum VersionStatus {
    ACTIVE,
    DEPRECATED,
    RETIRED
}
