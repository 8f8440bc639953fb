package io.meshgov.lineage.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A version's lineage as its runs showed it, beside what it declared: its last run, each dataset its runs read (with
 * the version that serves it, when the catalog bound one, and whether the version declares that input), and the
 * declared inputs no run has read. An observed dataset matches a declared input when the version serving it is the
 * declared version (or any version of a product declared without one), or, for a dataset no version serves, when the
 * declared source's URI is the dataset's {@code namespace/name}.
 *
 * @param declaredNotRead the declared inputs (node ids) no run read; empty until the version has a run
 */
public record ObservedLineage(
        String productId,
        String version,
        String lastRunId,
        boolean lastRunFailed,
        Instant lastRunAt,
        String jobNamespace,
        String jobName,
        List<Input> inputs,
        List<String> declaredNotRead) {

    /**
     * A dataset a run read: {@code servedBy} is the node id of the version the catalog bound it to (null: none), and
     * {@code declared} whether the version declares it as an input.
     */
    public record Input(
            String namespace, String name, String lastRunId, Instant lastRunAt, String servedBy, boolean declared) {}

    public static ObservedLineage of(
            VersionRuns runs, List<Edge> declared, BiFunction<String, String, Optional<ServedDataset>> served) {
        Set<String> declaredFrom = new LinkedHashSet<>();
        for (Edge edge : declared) {
            if (edge.kind() == Edge.EdgeKind.INPUT) declaredFrom.add(edge.from());
        }
        Set<String> read = new LinkedHashSet<>();
        List<Input> inputs = new ArrayList<>();
        for (VersionRuns.ObservedInput observed : runs.inputs()) {
            Optional<ServedDataset> by = served.apply(observed.namespace(), observed.name());
            List<String> matches = by.isPresent()
                    ? List.of(by.get().versionNodeId(), NodeIds.product(by.get().productId()))
                    : List.of(NodeIds.source(observed.namespace() + "/" + observed.name()));
            String match =
                    matches.stream().filter(declaredFrom::contains).findFirst().orElse(null);
            if (match != null) read.add(match);
            inputs.add(new Input(
                    observed.namespace(),
                    observed.name(),
                    observed.lastRunId(),
                    observed.lastRunAt(),
                    by.map(ServedDataset::versionNodeId).orElse(null),
                    match != null));
        }
        List<String> notRead = runs.lastRunId() == null
                ? List.of()
                : declaredFrom.stream().filter(from -> !read.contains(from)).toList();
        return new ObservedLineage(
                runs.productId(),
                runs.version(),
                runs.lastRunId(),
                runs.lastRunFailed(),
                runs.lastRunAt(),
                runs.jobNamespace(),
                runs.jobName(),
                inputs,
                notRead);
    }
}
