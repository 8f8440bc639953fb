package io.meshgov.console.pages;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** The services' paths, with every value from a browser encoded. */
final class Paths {

    private Paths() {}

    static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    static UriComponentsBuilder api(String path) {
        return UriComponentsBuilder.fromPath(path);
    }

    /** Adds the parameter when it has a value. */
    static UriComponentsBuilder with(UriComponentsBuilder uri, String name, Object value) {
        return value == null || value.toString().isBlank() ? uri : uri.queryParam(name, value);
    }

    /** The {@code page} parameter as a number (0 when absent); a 400 page when it is not one. */
    static int page(Map<String, String> query) {
        String page = query.getOrDefault("page", "0");
        try {
            return Integer.parseInt(page.isBlank() ? "0" : page.trim());
        } catch (NumberFormatException e) {
            throw new BadRequests.InvalidParameter("page");
        }
    }

    /** A number parameter within {@code [min, max]}, or null when absent; a 400 page when it is anything else. */
    static Integer bounded(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) return null;
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) return number;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRequests.InvalidParameter(name);
    }

    static String query(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }

    /** The console's own pages a graph or table links to. */
    static String versionPage(String productId, String version) {
        return "/products/" + segment(productId) + "/versions/" + segment(version);
    }

    static String consumerPage(String consumerId) {
        return "/consumers/" + segment(consumerId);
    }

    static String encoded(UriComponentsBuilder uri) {
        return uri.encode().build().toUriString();
    }
}
