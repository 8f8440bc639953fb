package io.meshgov.catalog.alert;

import java.util.ArrayList;
import java.util.List;

/** Every merge of some lists that keeps each list's own order: the orders in which topics can be read together. */
public final class Interleavings {

    private Interleavings() {}

    public static <T> List<List<T>> of(List<List<T>> lists) {
        List<List<T>> result = new ArrayList<>();
        merge(lists, new int[lists.size()], new ArrayList<>(), result);
        return result;
    }

    private static <T> void merge(List<List<T>> lists, int[] next, List<T> prefix, List<List<T>> result) {
        boolean done = true;
        for (int i = 0; i < lists.size(); i++) {
            if (next[i] == lists.get(i).size()) continue;
            done = false;
            prefix.add(lists.get(i).get(next[i]++));
            merge(lists, next, prefix, result);
            next[i]--;
            prefix.remove(prefix.size() - 1);
        }
        if (done) result.add(List.copyOf(prefix));
    }
}
