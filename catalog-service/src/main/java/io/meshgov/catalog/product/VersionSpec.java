package io.meshgov.catalog.product;

import java.util.List;

/** What a domain publishes for one version: the immutable part of a version, compared on re-publication. */
public record VersionSpec(
        String productId,
        String version,
        String name,
        String definition,
        String owner,
        String codeRepository,
        String codeCommit,
        String endpoint,
        List<Input> inputs,
        String outputSchema,
        List<Objective> objectives,
        List<String> tags,
        String classification) {

    public VersionSpec {
        inputs = List.copyOf(inputs);
        objectives = List.copyOf(objectives);
        tags = List.copyOf(tags);
    }
}
