package io.meshgov.kit.streams;

import org.springframework.context.SmartLifecycle;

/**
 * A check the streams client waits for: run once as the application starts, in a phase before the client's (whose
 * default phase is {@code Integer.MAX_VALUE - 1000}); an exception from it stops the start.
 */
abstract class BeforeStreamsStart implements SmartLifecycle {

    private final int phase;
    private volatile boolean running;

    BeforeStreamsStart(int phase) {
        this.phase = phase;
    }

    abstract void check();

    @Override
    public final void start() {
        check();
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
