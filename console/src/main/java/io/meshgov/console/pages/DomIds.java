package io.meshgov.console.pages;

/**
 * Element ids for what a service names freely (a source's URI, a product id, a KPI): the same name always gives the
 * same id, two names never give one id, and the id needs no escaping in HTML, CSS selectors or cytoscape selectors.
 */
final class DomIds {

    private DomIds() {}

    /** {@code prefix-} then the name, each character outside {@code [A-Za-z0-9-]} written as {@code _<hex>_}. */
    static String of(String prefix, String name) {
        StringBuilder id = new StringBuilder(prefix).append('-');
        name.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                id.appendCodePoint(c);
            } else {
                id.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return id.toString();
    }
}
