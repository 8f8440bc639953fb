package io.meshgov.kit.web;

/** The service knows no such product, version, consumer or source. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }

    public static NotFound product(String productId) {
        return new NotFound("no data product '" + productId + "' is known");
    }

    public static NotFound version(String productId, String version) {
        return new NotFound("data product '" + productId + "' has no version " + version);
    }

    public static NotFound consumer(String consumerId) {
        return new NotFound("no consumer '" + consumerId + "' is registered to any data product");
    }
}
