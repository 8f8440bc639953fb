package io.meshgov.console.pages;

import tools.jackson.databind.json.JsonMapper;

/**
 * A value written as JSON to embed in a {@code <script type="application/json">} element, which the page's script
 * parses: {@code <}, {@code >} and {@code &} are written as JSON escapes, so no name a service answers can close the
 * element or open another.
 */
final class EmbeddedJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EmbeddedJson() {}

    static String of(Object value) {
        return JSON.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
