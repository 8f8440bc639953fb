package io.meshgov.catalog.product;

/**
 * An input of a version: another data product (at a version, or null for its newest active one) or a source
 * system named by URI.
 */
public record Input(String productId, String version, String sourceUri) {

    public static Input product(String productId, String version) {
        return new Input(productId, version, null);
    }

    public static Input source(String uri) {
        return new Input(null, null, uri);
    }
}
