package io.meshgov.mesh;

import java.util.regex.Pattern;

/** The id of a data product: a lower-case slug such as {@code top-10-customers}, at most 128 characters. */
public record ProductId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 128;

    public ProductId {
        if (value == null || value.length() > MAX_LENGTH || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("product id '" + abbreviate(value)
                    + "' is not a lower-case slug (letters, digits and single dashes, at most " + MAX_LENGTH
                    + " characters)");
        }
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }

    static String abbreviate(String value) {
        return value == null || value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }

    @Override
    public String toString() {
        return value;
    }
}
