package io.meshgov.catalog.search;

import io.meshgov.catalog.view.ViewKeys;
import io.meshgov.kit.streams.ReadModel;
import io.meshgov.kit.streams.ViewListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Which products' documents are out of date: told by the global stream thread of each change to the views a document
 * is built from (products, consumers' purposes, KPI statuses), it keeps the ids of changed products and the keys of
 * changed purposes (which change purpose documents, not their product's) until the search takes them. When
 * a view is (re)opened, its restore may change it unheard, so the whole index is to be rebuilt.
 */
public final class IndexFeed implements ViewListener {

    private static final Set<String> FEEDING = Set.of(
            ReadModel.viewOf(ViewKeys.PRODUCTS),
            ReadModel.viewOf(ViewKeys.CONSUMER_PURPOSES),
            ReadModel.viewOf(ViewKeys.QUALITY));

    private static final String PURPOSES = ReadModel.viewOf(ViewKeys.CONSUMER_PURPOSES);

    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Set<String> purposes = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean whole = new AtomicBoolean(true);

    @Override
    public void changed(String view, String key) {
        if (!FEEDING.contains(view)) return;
        if (view.equals(PURPOSES)) {
            purposes.add(key); // it changes its purpose's document at most, not its product's
            return;
        }
        int end = key.indexOf(ViewKeys.SEP);
        changed.add(end < 0 ? key : key.substring(0, end));
    }

    @Override
    public void opened(String view) {
        if (FEEDING.contains(view)) whole.set(true);
    }

    /**
     * Whether the whole index must be rebuilt; if so, forgets the changes heard so far (the rebuild, which reads the
     * views after this, covers them; any heard from now on are kept).
     */
    boolean takeWhole() {
        if (!whole.compareAndSet(true, false)) return false;
        purposes.clear();
        changed.clear();
        return true;
    }

    /** Whether anything is to be taken. */
    boolean pending() {
        return whole.get() || !changed.isEmpty() || !purposes.isEmpty();
    }

    /** The keys of the purposes whose count changed since the last call (each by (product, version, purpose)). */
    List<String> takePurposes() {
        return take(purposes);
    }

    /** The products changed since the last call, forgotten here (a change heard meanwhile is kept for the next). */
    List<String> takeChanged() {
        return take(changed);
    }

    private static List<String> take(Set<String> keys) {
        List<String> taken = new ArrayList<>();
        for (String key : keys) {
            if (keys.remove(key)) taken.add(key);
        }
        return taken;
    }

    /** Hands back products whose documents could not be rebuilt (the views stopped answering). */
    void putBack(List<String> purposeKeys, List<String> productIds, boolean wasWhole) {
        purposes.addAll(purposeKeys);
        changed.addAll(productIds);
        if (wasWhole) whole.set(true);
    }
}
