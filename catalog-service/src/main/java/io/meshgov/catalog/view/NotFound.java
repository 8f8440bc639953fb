package io.meshgov.catalog.view;

/** The catalog has no such product, version or consumer. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }

    public static NotFound product(String productId) {
        return new NotFound("no data product '" + productId + "' in the catalog");
    }

    public static NotFound version(String productId, String version) {
        return new NotFound("data product '" + productId + "' has no version " + version);
    }

    public static NotFound consumer(String consumerId) {
        return new NotFound("no consumer '" + consumerId + "' is registered to any data product");
    }
}
