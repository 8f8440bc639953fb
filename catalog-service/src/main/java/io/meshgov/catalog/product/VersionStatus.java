package io.meshgov.catalog.product;

/** A version is ACTIVE when published, DEPRECATED until its sunset, RETIRED when no longer served. */
public enum VersionStatus {
    ACTIVE,
    DEPRECATED,
    RETIRED
}
