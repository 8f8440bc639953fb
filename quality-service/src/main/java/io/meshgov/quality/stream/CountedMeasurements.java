package io.meshgov.quality.stream;

import io.meshgov.quality.tracking.HourlyBucket;
import io.meshgov.quality.tracking.Measurement;
import io.meshgov.quality.view.ViewKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The ids of the measurements counted, one small key each (no value), so that a redelivered measurement is recognised
 * where it would be counted again. Keyed by the hour of the bucket that counted it first, then the bucket and the id:
 * the keys sort by hour, so the ids past the history's retention are the first ones and are dropped without reading
 * the rest. Only the processing reads them: they are not part of any instance's read model.
 *
 * <p>Ids are dropped one key each (a bucket dropped a whole hour of them at once), so the processing drops them every
 * second, a bounded batch at a time: up to the batch per second per task, far above any measurement rate a task
 * takes in. Each pass goes on from the last id it dropped instead of the first key, so it does not step again over
 * the deletions RocksDB keeps until it compacts them; an id counted already past the retention (a measurement older
 * than 90 days) sorts before that point and is dropped by the first pass after the next start.
 */
final class CountedMeasurements {

    private static final byte[] NOTHING = new byte[0];

    private final KeyValueStore<String, byte[]> store;
    private String droppedLast; // where the next pass goes on from (this process's passes only)

    CountedMeasurements(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    boolean contains(Measurement m) {
        return store.get(key(m)) != null;
    }

    void add(Measurement m) {
        store.put(key(m), NOTHING);
    }

    /** Drops at most {@code batch} ids of hours that ended before {@code cutoff}, oldest first. */
    void dropBefore(Instant cutoff, int batch) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> ids =
                droppedLast == null ? store.all() : store.range(droppedLast, null)) {
            while (ids.hasNext() && expired.size() < batch) {
                String key = ids.next().key;
                long hour = Long.parseLong(key.substring(0, key.indexOf(ViewKeys.SEP)));
                if (!Instant.ofEpochSecond((hour + 1) * 3600).isBefore(cutoff)) break;
                expired.add(key);
            }
        }
        expired.forEach(store::delete);
        if (!expired.isEmpty()) droppedLast = expired.get(expired.size() - 1);
    }

    static String key(Measurement m) {
        return String.format("%012d", HourlyBucket.hourOf(m.measuredAt()).getEpochSecond() / 3600)
                + ViewKeys.SEP
                + ViewKeys.kpi(m.productId(), m.version(), m.kpi())
                + ViewKeys.SEP
                + m.eventId();
    }
}
