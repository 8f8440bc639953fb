package io.meshgov.quality.view;

import java.time.Instant;

/**
 * Keys of the quality read model and of the processing stores: versions by (product, version), KPIs by (product,
 * version, kpi), hourly buckets by (product, version, kpi, hour) with the hour zero-padded so keys sort by time.
 */
public final class ViewKeys {

    public static final char SEP = '\u0000';
    public static final String VERSION = "V" + SEP;
    public static final String KPI = "K" + SEP;
    public static final String HISTORY = "H" + SEP;

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

    public static String kpisOf(String productId, String version) {
        return productId + SEP + version + SEP;
    }

    public static String historyOf(String productId, String version, String kpi) {
        return kpi(productId, version, kpi) + SEP;
    }
}
