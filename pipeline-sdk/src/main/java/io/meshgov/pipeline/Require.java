package io.meshgov.pipeline;

import io.meshgov.mesh.ProductId;
import io.meshgov.mesh.SemanticVersion;
import java.time.Instant;
import java.util.UUID;

/** Checks shared by the builders: each failure names the event, the field and the bad value. */
final class Require {

    private Require() {}

    static String nonBlank(String event, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(event + "." + field + " is required and must not be blank");
        }
        return value;
    }

    static <T> T present(String event, String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(event + "." + field + " is required");
        }
        return value;
    }

    static String productId(String event, String value) {
        try {
            return ProductId.of(value).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(event + ".productId: " + e.getMessage(), e);
        }
    }

    static String version(String event, String field, String value) {
        try {
            SemanticVersion.parse(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(event + "." + field + ": " + e.getMessage(), e);
        }
    }

    static String eventId(String event, String value) {
        if (value == null) return UUID.randomUUID().toString();
        try {
            UUID.fromString(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(event + ".eventId '" + value + "' is not a UUID", e);
        }
    }

    static Instant now(Instant value) {
        return value == null ? Instant.now() : value;
    }
}
