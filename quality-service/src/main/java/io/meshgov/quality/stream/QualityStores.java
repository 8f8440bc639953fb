package io.meshgov.quality.stream;

/** The processing stores, sharded by product and backed by changelogs. */
final class QualityStores {

    static final String VERSIONS = "quality-versions";
    static final String KPIS = "quality-kpis";
    static final String HISTORY = "quality-history";
    /** Ids of measurements already counted, so a redelivered one is not counted twice in its bucket. */
    static final String SEEN = "quality-seen";

    private QualityStores() {}
}
