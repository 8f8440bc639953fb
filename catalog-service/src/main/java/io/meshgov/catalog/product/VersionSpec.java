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
        String classification,
        List<Dataset> datasets) {

    /** A dataset the version is served as, named as OpenLineage names it: a run writing it is a run of the version. */
    public record Dataset(String namespace, String name) {}

    /** {@code datasets} is empty for a version published before datasets existed (a stored value without them). */
    public VersionSpec {
        inputs = List.copyOf(inputs);
        objectives = List.copyOf(objectives);
        tags = List.copyOf(tags);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }
}
