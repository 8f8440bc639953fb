package io.meshgov.catalog.product;

import java.time.Instant;

/** Why and until when a deprecated version is still served, and which version replaces it (may be null). */
public record Deprecation(String reason, Instant sunsetAt, String replacementVersion, Instant deprecatedAt) {}
