package io.meshgov.console.pages;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** The services' paths, with every value from a browser encoded. */
final class Paths {

    private Paths() {}

    static String segment(String value) {
        return UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static UriComponentsBuilder api(String path) {
        return UriComponentsBuilder.fromPath(path);
    }

    /** Adds the parameter when it has a value. */
    static UriComponentsBuilder with(UriComponentsBuilder uri, String name, Object value) {
        return value == null || value.toString().isBlank() ? uri : uri.queryParam(name, value);
    }

    static String encoded(UriComponentsBuilder uri) {
        return uri.encode().build().toUriString();
    }
}
