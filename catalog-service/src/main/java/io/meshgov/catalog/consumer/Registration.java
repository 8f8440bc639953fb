package io.meshgov.catalog.consumer;

import java.time.Instant;

/**
 * A consumer's registration to one version of a product. {@code domain} is the consuming domain: the one whose
 * consumers topic carried the registration. {@code version} is the full spelling.
 */
public record Registration(
        String consumerId,
        String kind,
        String domain,
        String productId,
        String version,
        String purpose,
        String contact,
        Instant since) {}
