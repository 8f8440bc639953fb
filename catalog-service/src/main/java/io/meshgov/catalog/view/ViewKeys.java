package io.meshgov.catalog.view;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.governance.Violation;

/**
 * Keys of the read model. One store holds every kind, each under its own prefix, laid out for the queries: a
 * product's registrations by (product, version), a consumer's by consumer, alerts by (product, version).
 */
public final class ViewKeys {

    static final char SEP = '\u0000';
    public static final String PRODUCT = "P" + SEP;
    public static final String REGISTRATION = "R" + SEP;
    public static final String CONSUMER = "C" + SEP;
    public static final String ALERT = "A" + SEP;
    public static final String VIOLATION = "V" + SEP;

    private ViewKeys() {}

    public static String product(String productId) {
        return PRODUCT + productId;
    }

    public static String registration(Registration r) {
        return REGISTRATION + r.productId() + SEP + r.version() + SEP + r.consumerId();
    }

    public static String consumer(Registration r) {
        return CONSUMER + r.consumerId() + SEP + r.productId() + SEP + r.version();
    }

    public static String alert(Alert a) {
        return ALERT + a.productId() + SEP + a.version() + SEP + a.consumerId();
    }

    public static String violation(Violation v) {
        return VIOLATION + v.violationId();
    }

    static String registrationsOf(String productId, String version) {
        return REGISTRATION + productId + SEP + version + SEP;
    }

    static String registrationsOf(String productId) {
        return REGISTRATION + productId + SEP;
    }

    static String consumptionsOf(String consumerId) {
        return CONSUMER + consumerId + SEP;
    }

    static String alertsOf(String productId, String version) {
        return ALERT + productId + SEP + version + SEP;
    }
}
