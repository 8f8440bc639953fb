package io.meshgov.quality.view;

import java.time.Instant;

/**
 * The stores of quality and their keys, the same in the processing stores and in every instance's copy of them (the
 * read model is their changelogs): versions by (product, version), KPIs by (product, version, kpi), hourly buckets
 * by (product, version, kpi, hour) with the hour zero-padded so keys sort by time.
 */
public final class ViewKeys {

    public static final String VERSIONS = "quality-versions";
    public static final String KPIS = "quality-kpis";
    public static final String HISTORY = "quality-history";

    public static final char SEP = '\u0000';

    private ViewKeys() {}

    public static String version(String productId, String version) {
        return productId + SEP + version;
    }

    public static String kpi(String productId, String version, String kpi) {
        return productId + SEP + version + SEP + kpi;
    }

    public static String bucket(String productId, String version, String kpi, Instant hour) {
        return kpi(productId, version, kpi) + SEP + String.format("%012d", hour.getEpochSecond() / 3600);
    }

    /** The hour (since the epoch) of a bucket, from its key. */
    public static long hourOfBucket(String bucketKey) {
        return Long.parseLong(bucketKey.substring(bucketKey.lastIndexOf(SEP) + 1));
    }

    public static String kpisOf(String productId, String version) {
        return productId + SEP + version + SEP;
    }

    public static String historyOf(String productId, String version, String kpi) {
        return kpi(productId, version, kpi) + SEP;
    }
}
