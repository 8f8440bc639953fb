package io.meshgov.kit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One page of a listing: its items, where it is, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** A page read on its own (only its items were read), of {@code total} items in all. */
    public static <T> Page<T> of(List<T> items, int page, int size, long total) {
        return new Page<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /** The {@code page}th page of everything. */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return of(all.subList(from, to), page, size, all.size());
    }

    /** Takes the {@code page}th page of items offered one at a time, in order: counts them all, keeps the page's only. */
    public static <T> Taker<T> taker(int page, int size) {
        return new Taker<>(page, size);
    }

    /** See {@link #taker}. */
    public static final class Taker<T> implements Consumer<T> {
        private final int page, size;
        private final long from;
        private final List<T> items = new ArrayList<>();
        private long total;

        private Taker(int page, int size) {
            this.page = page;
            this.size = size;
            this.from = (long) page * size;
        }

        @Override
        public void accept(T item) {
            if (total >= from && items.size() < size) items.add(item);
            total++;
        }

        public Page<T> page() {
            return of(List.copyOf(items), page, size, total);
        }
    }
}
