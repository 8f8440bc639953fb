package io.meshgov.kit.streams;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * The parsed form of a task's recently used store values, each trusted only while the store still holds the very
 * same bytes (compared in full, which costs a fraction of a parse): a hit saves the parse, and nothing the store no
 * longer holds (after a restore, an aborted transaction, a rebalance) can come back from it. Least recently used
 * entries go first once the bytes it holds pass its bound. Not thread-safe: one per task's processor.
 */
public final class ParsedCache<T> {

    private record Entry<T>(byte[] bytes, T value) {}

    private final Function<byte[], T> parse;
    private final long maxBytes;
    private final LinkedHashMap<String, Entry<T>> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    public ParsedCache(Function<byte[], T> parse, long maxBytes) {
        this.parse = parse;
        this.maxBytes = maxBytes;
    }

    /** The value of {@code stored}, the bytes the store holds under {@code key} now (null when it holds none). */
    public T parse(String key, byte[] stored) {
        if (stored == null) return null;
        Entry<T> known = entries.get(key);
        if (known != null && Arrays.equals(known.bytes(), stored)) return known.value();
        T value = parse.apply(stored);
        remember(key, stored, value);
        return value;
    }

    /** Remembers what was just written: {@code stored} is the serialized {@code value}, as put in the store. */
    public void remember(String key, byte[] stored, T value) {
        Entry<T> replaced = entries.put(key, new Entry<>(stored, value));
        if (replaced != null) bytes -= replaced.bytes().length;
        bytes += stored.length;
        Iterator<Entry<T>> oldest = entries.values().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().bytes().length;
            oldest.remove();
        }
    }
}
