package io.meshgov.lineage.graph;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A lineage-drift finding: a version whose runs read inputs it does not declare, or whose declared inputs no run read.
 * It refuses nothing (the catalog accepted both the publication and the runs); it says that the declared lineage,
 * which impact and consumers rely on, is not what the pipeline does.
 *
 * @param undeclared the datasets runs read that the version does not declare
 * @param declaredNotRead the declared inputs (node ids) no run read
 */
public record Drift(
        String rule,
        String productId,
        String version,
        String domain,
        String lastRunId,
        Instant lastRunAt,
        List<ObservedLineage.Input> undeclared,
        List<String> declaredNotRead) {

    public static final String RULE = "lineage-drift";

    public static Optional<Drift> of(VersionNode node, ObservedLineage lineage) {
        List<ObservedLineage.Input> undeclared =
                lineage.inputs().stream().filter(i -> !i.declared()).toList();
        if (undeclared.isEmpty() && lineage.declaredNotRead().isEmpty()) return Optional.empty();
        return Optional.of(new Drift(
                RULE,
                node.productId(),
                node.version(),
                node.domain(),
                lineage.lastRunId(),
                lineage.lastRunAt(),
                undeclared,
                lineage.declaredNotRead()));
    }
}
