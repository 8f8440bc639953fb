package io.meshgov.quality.stream;

import io.meshgov.quality.view.ViewKeys;
import java.util.List;

/**
 * The processing stores, sharded by product and backed by changelogs; those of {@link ViewKeys} are also every
 * instance's read model.
 */
final class QualityStores {

    static final String VERSIONS = ViewKeys.VERSIONS;
    static final String KPIS = ViewKeys.KPIS;
    static final String HISTORY = ViewKeys.HISTORY;
    static final List<String> VIEWED = List.of(VERSIONS, KPIS, HISTORY);

    private QualityStores() {}
}
