package io.meshgov.catalog.alert;

/** OPEN while the consumer is on the deprecated version; ESCALATED when the sunset is near; RESOLVED when it left. */
public enum AlertState {
    OPEN,
    ESCALATED,
    RESOLVED;

    public boolean isPending() {
        return this != RESOLVED;
    }
}
