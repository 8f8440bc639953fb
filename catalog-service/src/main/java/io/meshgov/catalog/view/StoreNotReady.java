package io.meshgov.catalog.view;

/** The read model is restoring or rebalancing: answer later rather than answer wrong. */
public class StoreNotReady extends RuntimeException {

    public StoreNotReady(String message) {
        super(message);
    }
}
