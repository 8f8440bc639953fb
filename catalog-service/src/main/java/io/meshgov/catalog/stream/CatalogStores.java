package io.meshgov.catalog.stream;

import io.meshgov.catalog.alert.Alert;
import io.meshgov.catalog.consumer.Registration;
import io.meshgov.catalog.governance.Violation;

/**
 * The catalog's state, sharded by product and backed by changelogs: products by id; registrations and alerts by
 * (product, version, consumer) so one product's are one prefix scan away; violations by id, to announce each once.
 */
public final class CatalogStores {

    public static final String PRODUCTS = "catalog-products";
    public static final String REGISTRATIONS = "catalog-registrations";
    public static final String ALERTS = "catalog-alerts";
    public static final String VIOLATIONS = "catalog-violations";

    static final Class<Registration> REGISTRATION = Registration.class;
    static final Class<Alert> ALERT = Alert.class;
    static final Class<Violation> VIOLATION = Violation.class;

    private CatalogStores() {}

    static String key(String productId, String version, String consumerId) {
        return productId + '\u0000' + version + '\u0000' + consumerId;
    }

    static String prefix(String productId) {
        return productId + '\u0000';
    }

    static String prefix(String productId, String version) {
        return productId + '\u0000' + version + '\u0000';
    }
}
