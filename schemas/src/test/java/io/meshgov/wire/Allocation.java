package io.meshgov.wire;

import java.lang.management.ManagementFactory;

/** Bytes the current thread allocates while running an action (HotSpot's per-thread allocation counter). */
final class Allocation {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocation() {}

    static long measure(Runnable action) {
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        action.run();
        return THREADS.getThreadAllocatedBytes(thread) - before;
    }
}
