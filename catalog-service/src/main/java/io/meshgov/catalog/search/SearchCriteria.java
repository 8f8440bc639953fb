package io.meshgov.catalog.search;

import io.meshgov.catalog.product.VersionStatus;

/**
 * What a products page asks for; every part optional. {@code text}: words, each found (as a word or the start of one)
 * in the product's name or id or anything else of it the caller may see. {@code status} and {@code quality}: a version
 * the caller may see has it. {@code tag} and {@code classification}: those of a product the caller may see.
 */
public record SearchCriteria(
        String text, String domain, VersionStatus status, String tag, String classification, String quality) {

    public static SearchCriteria everything() {
        return new SearchCriteria(null, null, null, null, null, null);
    }

    public static SearchCriteria text(String text) {
        return new SearchCriteria(text, null, null, null, null, null);
    }
}
