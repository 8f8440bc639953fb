package io.meshgov.kit.web;

import io.meshgov.mesh.DomainName;
import io.meshgov.mesh.ProductId;
import io.meshgov.mesh.SemanticVersion;
import java.util.Arrays;
import java.util.Locale;

/** Checks of request parameters, each failing with a message that names the parameter and the bad value. */
public final class Params {

    public static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_TEXT = 200;

    private Params() {}

    public static String productId(String value) {
        try {
            return ProductId.of(value).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(e.getMessage());
        }
    }

    /** The full spelling of a version given as published (2.1) or in full (2.1.0). */
    public static String version(String value) {
        try {
            return SemanticVersion.parse(value).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(e.getMessage());
        }
    }

    public static String domain(String value) {
        if (value == null) return null;
        try {
            return DomainName.of(value).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(e.getMessage());
        }
    }

    public static String consumerId(String value) {
        if (value == null || value.isBlank() || value.length() > 256) {
            throw new InvalidParameter("consumer id must be 1 to 256 characters");
        }
        return value;
    }

    public static String text(String name, String value) {
        if (value == null || value.isBlank()) return null;
        if (value.length() > MAX_TEXT) throw new InvalidParameter(name + " is longer than " + MAX_TEXT + " characters");
        return value.strip();
    }

    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(
                    name + " '" + abbreviate(value) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static int page(int page) {
        if (page < 0) throw new InvalidParameter("page must be 0 or more, got " + page);
        if (page > 1_000_000) throw new InvalidParameter("page must be at most 1000000, got " + page);
        return page;
    }

    public static int size(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidParameter("size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        return size;
    }

    private static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 61) + "...";
    }
}
