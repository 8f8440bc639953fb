package io.meshgov.kit.web;

import java.util.List;

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
}
