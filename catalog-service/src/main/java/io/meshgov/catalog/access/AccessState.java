package io.meshgov.catalog.access;

/** PENDING until the owner decides; APPROVED until the grant expires (EXPIRED); DENIED for good. */
public enum AccessState {
    PENDING,
    APPROVED,
    DENIED,
    EXPIRED
}
