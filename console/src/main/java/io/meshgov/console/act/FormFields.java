package io.meshgov.console.act;

import io.meshgov.events.ConsumerKind;
import io.meshgov.mesh.DomainName;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** A form's fields read one by one: a value, or a message under the field's name in {@code errors}. */
final class FormFields {

    private FormFields() {}

    /** A date after today (its start, UTC). */
    static Instant future(String field, String value, Instant now, Map<String, String> errors) {
        Instant at = date(field, value, errors);
        if (at != null && !at.isAfter(now)) {
            errors.put(field, value.trim() + " is not in the future");
            return null;
        }
        return at;
    }

    /** A date, at its start (UTC). */
    static Instant date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "a date is required");
            return null;
        }
        try {
            return LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "'" + value.trim() + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    static String domain(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put("domain", "choose the domain you act for");
            return null;
        }
        try {
            return DomainName.of(value.trim()).value();
        } catch (IllegalArgumentException e) {
            errors.put("domain", e.getMessage());
            return null;
        }
    }

    static ConsumerKind kind(String value, Map<String, String> errors) {
        try {
            return ConsumerKind.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("kind", "choose SYSTEM or HUMAN");
            return null;
        }
    }

    static String text(String field, String value, int max, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, field + " is required");
            return null;
        }
        if (value.length() > max) {
            errors.put(field, field + " is longer than " + max + " characters");
            return null;
        }
        return value.trim();
    }
}
