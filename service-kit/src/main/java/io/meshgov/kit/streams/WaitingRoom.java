package io.meshgov.kit.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A task's inputs that wait for something (a version not published or not accepted yet), in a store keyed so that
 * what one arrival releases is one prefix scan away, in key order. Each waits until it is released or until the
 * task's stream time has passed its record's timestamp by a window. How many wait is counted in memory (from the
 * store when the task starts), so a task with none pays nothing for the periodic expiry check.
 *
 * @param <V> what waits, as its store keeps it
 */
public final class WaitingRoom<V> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, V> store;
    private final Function<V, String> keyOf;
    private final ToLongFunction<V> timestampOf;
    private long count;

    /**
     * @param keyOf the key a value waits under: its release prefix first
     * @param timestampOf the record timestamp its wait is measured from
     */
    public WaitingRoom(KeyValueStore<String, V> store, Function<V, String> keyOf, ToLongFunction<V> timestampOf) {
        this.store = store;
        this.keyOf = keyOf;
        this.timestampOf = timestampOf;
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                all.next();
                count++;
            }
        }
    }

    public long count() {
        return count;
    }

    /** Keeps it waiting; the same one kept twice (a redelivery) waits once. */
    public void keep(V value) {
        if (store.putIfAbsent(keyOf.apply(value), value) == null) count++;
    }

    /** Everything waiting under the prefix, in key order, removed from the store. */
    public List<V> release(String prefix) {
        List<V> released = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> released.add(kv.value));
        }
        released.forEach(this::remove);
        return released;
    }

    /** Everything whose wait began before {@code cutoff} (a record timestamp), oldest first, removed from the store. */
    public List<V> expiredBefore(long cutoff) {
        List<V> due = new ArrayList<>();
        if (count == 0) return due;
        try (KeyValueIterator<String, V> all = store.all()) {
            all.forEachRemaining(kv -> {
                if (timestampOf.applyAsLong(kv.value) < cutoff) due.add(kv.value);
            });
        }
        due.sort(Comparator.comparingLong(timestampOf).thenComparing(keyOf));
        due.forEach(this::remove);
        return due;
    }

    private void remove(V value) {
        if (store.delete(keyOf.apply(value)) != null) count--;
    }
}
