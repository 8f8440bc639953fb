package io.meshgov.catalog.stream;

import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A wall-clock check of every value of a store (alerts against their sunset, grants against their end), in bounded
 * steps: a pass starts every {@code interval} and reads at most {@code batch} values per step, each step going on from
 * the last key the previous one read. Whatever the number of values, one step's writes stay one small transaction and
 * the stream thread returns to its input between steps (a single pass over 10,000 alerts held it for tens of seconds).
 * The position is the task's, in memory: after a restart the next pass starts from the first key, which is harmless
 * since a check changes a value at most once per point in time.
 */
final class StoreSweep<V> {

    private static final Duration LONGEST_STEP = Duration.ofSeconds(1);

    private final Duration interval;
    private final int batch;
    private long passStartedAt;
    private boolean started;
    private boolean inPass;
    private String position;

    StoreSweep(Duration interval, int batch) {
        if (batch < 1) throw new IllegalArgumentException("a sweep step reads at least one value: " + batch);
        this.interval = interval;
        this.batch = batch;
    }

    /** How often a step runs: every second, or every interval when that is shorter. */
    Duration stepEvery() {
        return interval.compareTo(LONGEST_STEP) < 0 ? interval : LONGEST_STEP;
    }

    /** One step at wall-clock time {@code now}: the next values of the pass in progress, or of a new one when due. */
    void step(KeyValueStore<String, V> store, long now, Consumer<V> check) {
        if (!inPass) {
            if (started && now - passStartedAt < interval.toMillis()) return;
            started = true;
            inPass = true;
            passStartedAt = now;
            position = null;
        }
        int read = 0;
        try (KeyValueIterator<String, V> it = position == null ? store.all() : store.range(position, null)) {
            while (read < batch && it.hasNext()) {
                KeyValue<String, V> next = it.next();
                if (next.key.equals(position)) continue; // the range starts at the last key read, inclusive
                check.accept(next.value);
                position = next.key;
                read++;
            }
            if (!it.hasNext()) inPass = false;
        }
    }
}
