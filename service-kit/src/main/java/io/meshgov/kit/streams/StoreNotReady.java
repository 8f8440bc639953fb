package io.meshgov.kit.streams;

/** The read model is restoring or rebalancing: answer later rather than answer wrong. */
public class StoreNotReady extends RuntimeException {

    public StoreNotReady(String message) {
        super(message);
    }
}
