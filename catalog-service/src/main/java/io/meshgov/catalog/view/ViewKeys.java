package io.meshgov.catalog.view;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.governance.Violation;

/**
 * The catalog's stores and their keys, the same in the processing stores and in every instance's copy of them (the
 * read model is their changelogs): products by id; registrations and alerts by (product, version, consumer), so one
 * product's are one prefix scan away; the same registrations by (consumer, product, version) for a consumer's view;
 * violations by id; a version's KPI statuses by (product, version).
 */
public final class ViewKeys {

    public static final String PRODUCTS = "catalog-products";
    public static final String REGISTRATIONS = "catalog-registrations";
    public static final String CONSUMPTIONS = "catalog-consumptions";
    public static final String ALERTS = "catalog-alerts";
    public static final String VIOLATIONS = "catalog-violations";
    public static final String QUALITY = "catalog-quality";
    /**
     * How many consumers each version has for each purpose, by (product, version, purpose) ({@link #purpose}): a
     * version's consumers are the sum over its purposes, and its distinct purposes are what search indexes.
     */
    public static final String CONSUMER_PURPOSES = "catalog-consumer-purposes";
    /** Access requests and their grants, by (product, version, request id). */
    public static final String ACCESS = "catalog-access";
    /** Inputs waiting for a version of their product, by (product, awaited version, timestamp, event id). */
    public static final String HELD = "catalog-held";
    /** Per product, how many inputs the catalog accepted (the position of the last on mesh.governance.accepted). */
    public static final String POSITIONS = "catalog-positions";

    /**
     * Per OpenLineage dataset (namespace, name): the version it is bound to and the runs waiting for one (processing
     * only: queries read a version's datasets from its product).
     */
    public static final String DATASETS = "catalog-datasets";
    /** Violations of observed runs and dataset claims, decided in the dataset's task, by id. */
    public static final String RUN_VIOLATIONS = "catalog-run-violations";

    public static final char SEP = '\u0000';

    private ViewKeys() {}

    public static String registration(Registration r) {
        return registration(r.productId(), r.version(), r.consumerId());
    }

    public static String registration(String productId, String version, String consumerId) {
        return productId + SEP + version + SEP + consumerId;
    }

    public static String consumption(Registration r) {
        return r.consumerId() + SEP + r.productId() + SEP + r.version();
    }

    public static String alert(Alert a) {
        return registration(a.productId(), a.version(), a.consumerId());
    }

    public static String access(String productId, String version, String requestId) {
        return productId + SEP + version + SEP + requestId;
    }

    public static String violation(Violation v) {
        return v.violationId();
    }

    /** A version's consumers with one purpose (none given: the empty purpose). */
    public static String purpose(String productId, String version, String purpose) {
        return productId + SEP + version + SEP + (purpose == null ? "" : purpose);
    }

    public static String quality(String productId, String version) {
        return productId + SEP + version;
    }

    /** Inputs waiting for one version of one product. */
    public static String held(String productId, String version) {
        return productId + SEP + version + SEP;
    }

    /** Registrations or alerts of one product's version. */
    public static String ofVersion(String productId, String version) {
        return productId + SEP + version + SEP;
    }

    /** Registrations, alerts or KPI statuses of one product. */
    public static String ofProduct(String productId) {
        return productId + SEP;
    }

    static String consumptionsOf(String consumerId) {
        return consumerId + SEP;
    }
}
